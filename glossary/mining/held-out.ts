/**
 * Texts no one mines, tunes on or looks at.
 *
 * - The project's evaluation set (named in the glossary issue): never opened by anyone on the
 *   team, so none of its texts is even read by the pipeline.
 * - Our own held-out split, by date: every text dated the 14th of a month, whatever its source.
 *   A sample of it is labelled by hand (glossary/holdout/) to measure recall and precision.
 */
const PROJECT_CCTV_DAYS = new Set([
  '2022-10-17', '2023-03-13', '2023-09-09', '2023-12-12', '2024-02-01', '2024-03-05',
  '2024-07-18', '2025-03-05', '2025-07-30', '2025-10-23', '2025-10-28', '2026-03-05',
]);
const PROJECT_CITIZEN_NEWS_IDS = new Set([18610, 30158, 42958, 44667, 46239]);
/** RTHK items of these days are skipped in every commit of the feed's history. */
const PROJECT_RTHK_DAYS = { from: '2025-02-26', to: '2025-03-11' };
/** Repositories held out as a whole: never fetched, never read. */
export const PROJECT_HELD_OUT_REPOS = ['Ben940824/Ideology_TWnews', 'nail1021734/Taiwan_news_dataset'];

export type Source = 'cctv' | 'citizen-news' | 'rthk' | 'taiwan';

/** Our own split: the 14th of every month. */
export const isOwnHeldOutDay = (date: string) => date.slice(8, 10) === '14';

/** Is a text of this source, dated YYYY-MM-DD (and with this id, for Citizen News), held out from all mining? */
export function isHeldOut(source: Source, date: string, id?: number): boolean {
  if (isOwnHeldOutDay(date)) return true;
  switch (source) {
    case 'cctv':
      return PROJECT_CCTV_DAYS.has(date);
    case 'citizen-news':
      return id !== undefined && PROJECT_CITIZEN_NEWS_IDS.has(id);
    case 'rthk':
      return date >= PROJECT_RTHK_DAYS.from && date <= PROJECT_RTHK_DAYS.to;
    case 'taiwan':
      return false;
  }
}

/** Is a text of our own split (dated the 14th) and not of the project's evaluation set? Only these may be labelled. */
export const isOwnHeldOut = (source: Source, date: string, id?: number) =>
  isOwnHeldOutDay(date) && !(source === 'cctv' && PROJECT_CCTV_DAYS.has(date)) &&
  !(source === 'citizen-news' && id !== undefined && PROJECT_CITIZEN_NEWS_IDS.has(id)) &&
  !(source === 'rthk' && date >= PROJECT_RTHK_DAYS.from && date <= PROJECT_RTHK_DAYS.to);
