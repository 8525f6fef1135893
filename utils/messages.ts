/** The one message between the popup and a page's content script. */
export const PAGE_STATUS = 'tifa:page-status';

export interface PageStatusRequest {
  type: typeof PAGE_STATUS;
}

export interface PageStatus {
  host: string;
  /** Tifa is on for this page (globally and for its site). */
  active: boolean;
  /** The page has Chinese text (checked when Tifa is on). */
  chinese: boolean;
  /** Marked occurrences, and distinct glossary entries among them. */
  terms: number;
  distinct: number;
}

export function isPageStatusRequest(message: unknown): message is PageStatusRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PAGE_STATUS;
}
