import { describe, expect, it } from 'vitest';
import { detectCandidates } from '@/utils/candidates/detect';
import { planMarks, usesByBlock, type MarkedRun } from '@/utils/candidates/marks';
import { MAX_WAIT_MS, MIN_GAP_MS, rerunAt, SETTLE_MS } from '@/utils/candidates/rerun';
import { foldText } from '@/utils/engine/fold';
import { foldTable } from './helpers';

const table = foldTable();
const fold = (text: string) => foldText(table, text);

/**
 * The marked runs of each block, as the reader would hold them: blocks given as [block, text, its
 * text nodes], the nodes as stand-in strings.
 */
function marked(...blocks: [string, string, string[]][]): Map<string, MarkedRun<string>[]> {
  const candidates = detectCandidates(blocks.map(([, text]) => ({ text, hits: [] })), { fold });
  const found = new Map<string, MarkedRun<string>[]>();
  for (const [i, uses] of usesByBlock(candidates)) {
    const [block, text, nodes] = blocks[i]!;
    found.set(block, [{ text, nodes, uses }]);
  }
  return found;
}

describe('candidates found again after the page changed', () => {
  it('groups the uses by block, in order of position', () => {
    const candidates = detectCandidates([{ text: '“两新两重”和“三个务必”。', hits: [] }, { text: '三个务必，两新两重。', hits: [] }], { fold });
    expect(usesByBlock(candidates)).toEqual(
      new Map([
        [0, [{ key: '两新两重', start: 1, end: 5 }, { key: '三个务必', start: 8, end: 12 }]],
        [1, [{ key: '三个务必', start: 0, end: 4 }, { key: '两新两重', start: 5, end: 9 }]],
      ]),
    );
  });

  it('keeps the marks of unchanged blocks, marks added ones, drops those whose candidate is gone', () => {
    const p1: [string, string, string[]] = ['p1', '坚持三个务必。', ['a']];
    const p2: [string, string, string[]] = ['p2', '践行三个务必。', ['b']];
    const p3: [string, string, string[]] = ['p3', '落实五个必须，五个必须。', ['c']];
    // A paragraph with another slogan, used twice, is added; the first two are untouched.
    const before = marked(p1, p2);
    const after = marked(p1, p2, p3);
    expect(planMarks(before, after)).toEqual({ drop: new Set(), add: ['p3'] });
    // The first slogan's paragraphs go (one rewritten, one removed): their marks go with them.
    const gone = marked(['p1', '今天天气很好。', ['a2']], p3);
    expect(planMarks(after, gone)).toEqual({ drop: new Set(['p1', 'p2']), add: [] });
  });

  it('marks again a block whose text moved the uses, or whose text nodes the page replaced', () => {
    const before = marked(['p1', '坚持三个务必。', ['a']], ['p2', '践行三个务必。', ['b']]);
    const moved = marked(['p1', '要坚持三个务必。', ['a']], ['p2', '践行三个务必。', ['b']]);
    expect(planMarks(before, moved)).toEqual({ drop: new Set(['p1']), add: ['p1'] });
    const rebuilt = marked(['p1', '坚持三个务必。', ['a']], ['p2', '践行三个务必。', ['b2']]);
    expect(planMarks(before, rebuilt)).toEqual({ drop: new Set(['p2']), add: ['p2'] });
  });

  it('runs again once changes settle, not sooner than the gap, and at the latest after the longest wait', () => {
    const lastRun = 0;
    // One change, long after the last run: once it has settled.
    expect(rerunAt({ firstChange: 5_000, lastChange: 5_000, lastRun })).toBe(5_000 + SETTLE_MS);
    // Right after a run: the gap first.
    expect(rerunAt({ firstChange: 100, lastChange: 100, lastRun })).toBe(MIN_GAP_MS);
    // A ticker every 100 ms, that never settles: the longest wait.
    expect(rerunAt({ firstChange: 5_000, lastChange: 5_000 + MAX_WAIT_MS - 100, lastRun })).toBe(5_000 + MAX_WAIT_MS);
  });
});
