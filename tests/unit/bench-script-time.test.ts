import { describe, expect, it } from 'vitest';
import { scriptTimeOf, type TraceEvent } from '../../scripts/bench/cdp';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const span = (pid: number, tid: number, name: string, ts: number, dur: number, frame?: string): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
  tid,
  ...(frame && { args: { data: { frame } } }),
});

describe("the bench's script time from a trace", () => {
  it("counts microtasks and nested script events once, on the frame's renderer main thread only", () => {
    const events = [
      thread(1, 10, 'CrRendererMain'),
      thread(1, 11, 'Compositor'),
      thread(2, 20, 'CrRendererMain'),
      span(2, 20, 'EvaluateScript', 0, 500, 'F'), // about:blank's process, before the navigation
      span(1, 10, 'EvaluateScript', 1_000, 2_000, 'F'),
      span(1, 10, 'v8.compile', 1_100, 500), // inside the evaluation: counted once
      span(1, 10, 'RunMicrotasks', 2_500, 1_500), // overlaps the evaluation's end
      span(1, 10, 'FunctionCall', 5_000, 1_000, 'F'),
      span(1, 10, 'Layout', 7_000, 4_000), // not script
      span(1, 11, 'FunctionCall', 8_000, 9_000), // another thread
    ];
    // 1,000–4,000 and 5,000–6,000 µs.
    expect(scriptTimeOf(events, 'F')).toBe(4);
  });
});
