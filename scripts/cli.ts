/**
 * How the text tools run. Each exports main(args, out, err) returning its exit code, so tests call it
 * in-process; run as a command, the code goes to process.exitCode and Node exits once stdout has
 * drained (process.exit() right after a large write cuts a pipe off at its 64 KB buffer).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where a tool writes: process.stdout and process.stderr, or a test's collector. */
export interface Output {
  write(text: string): unknown;
}

export type Main = (args: string[], out: Output, err: Output) => number | Promise<number>;

/** Runs `main` when `moduleUrl` is the script Node was started with, not when a test imports it. */
export function runWhenCalled(moduleUrl: string, main: Main): void {
  const script = process.argv[1];
  if (!script || realpathSync(script) !== realpathSync(fileURLToPath(moduleUrl))) return;
  void Promise.resolve(main(process.argv.slice(2), process.stdout, process.stderr)).then((code) => {
    process.exitCode = code;
  });
}
