/**
 * Pinyin for own terms the reader left without one, as the bundled glossary's readings are made
 * (pinyin-pro, tone sandhi off). pinyin-pro and its dictionary (about 300 KB) are a chunk of their
 * own that only the options page loads (it imports this module as it opens); no content script or
 * popup ever loads it. Typed pinyin is never replaced.
 */
import type { OwnTermDraft } from './edits';
import type { PersonalGlossary } from './schema';

// Asked for as soon as this module loads (the options page loads it as it opens).
const library = import('pinyin-pro');

async function reader(): Promise<(term: string) => string> {
  const { pinyin } = await library;
  return (term) => pinyin(term, { toneSandhi: false, nonZh: 'consecutive' });
}

/** The draft with its pinyin filled in from its term, when none was typed. */
export async function withReading(draft: OwnTermDraft): Promise<OwnTermDraft> {
  if (draft.pinyin?.trim() || !draft.term.trim()) return draft;
  return { ...draft, pinyin: (await reader())(draft.term.trim()) };
}

/** The glossary with a reading for every own term (an export for Anki of terms imported without one). */
export async function withReadings(glossary: PersonalGlossary): Promise<PersonalGlossary> {
  if (glossary.ownTerms.every((term) => term.pinyin)) return glossary;
  const read = await reader();
  return { ...glossary, ownTerms: glossary.ownTerms.map((term) => (term.pinyin ? term : { ...term, pinyin: read(term.term) })) };
}
