/**
 * The options page's "add a term" form opened prefilled, as the context menu does:
 * `options.html#add?term=…&source=…`. Pure, shared by the background and the options page.
 */
export interface AddPrefill {
  term: string;
  /** The page the selection came from (http(s) only; other pages are not recorded). */
  source?: string;
}

/** Longer selections are cut: a term is 40 characters at most, and the form says so. */
const MAX_SELECTION = 200;

export function addFormHash(prefill: AddPrefill): string {
  const params = new URLSearchParams({ term: prefill.term.trim().slice(0, MAX_SELECTION) });
  if (prefill.source && /^https?:\/\//.test(prefill.source)) params.set('source', prefill.source);
  return `#add?${params}`;
}

export function readAddPrefill(hash: string): AddPrefill | null {
  const match = /^#add\?(.*)$/.exec(hash);
  if (!match) return null;
  const params = new URLSearchParams(match[1]);
  const source = params.get('source') ?? undefined;
  return { term: params.get('term') ?? '', ...(source && /^https?:\/\//.test(source) ? { source } : {}) };
}
