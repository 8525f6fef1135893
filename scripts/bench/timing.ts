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

/** The median of some measurements. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median with the smallest and largest value: what the machine's noise spans. */
export const withSpread = (values: readonly number[], digits = 2) => ({
  median: round(median(values), digits),
  range: [round(Math.min(...values), digits), round(Math.max(...values), digits)] as [number, number],
});
