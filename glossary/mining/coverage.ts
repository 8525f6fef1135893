/** Whether the glossary already knows a candidate, by the project's own matcher. Pure. */

export interface Hit {
  start: number;
  end: number;
  id: string;
}

/** Every substring (2+ units) of the glossary's folded forms, with the entry it belongs to. */
export function formFragments(forms: readonly [id: string, folded: string][]): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const [id, form] of forms) {
    for (let i = 0; i < form.length; i++) {
      for (let j = i + 2; j <= form.length; j++) if (!fragments.has(form.slice(i, j))) fragments.set(form.slice(i, j), id);
    }
  }
  return fragments;
}

/**
 * "covered by <id>" when a glossary form spans the whole candidate, "part of <id>" when the
 * candidate is a piece of one, "extends <id>" when it holds one and more, else "NEW".
 */
export function coverageOf(folded: string, hits: readonly Hit[], fragments: ReadonlyMap<string, string>): string {
  const whole = hits.find((hit) => hit.start === 0 && hit.end === folded.length);
  if (whole) return `covered by ${whole.id}`;
  const part = fragments.get(folded);
  if (part) return `part of ${part}`;
  if (hits.length > 0) return `extends ${hits[0]!.id}`;
  return 'NEW';
}
