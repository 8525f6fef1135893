/** Median of repeated runs, the runs of all contenders interleaved so load on the machine hits each alike. */
export function medians(contenders: Record<string, () => unknown>, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const start = performance.now();
      run();
      times[name]!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [name, list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!]),
  );
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
