/**
 * The sentences of the page that use a candidate, for its popover: a few, each split into the words
 * around it and the candidate itself (emphasised by the caller, rendered as text). Pure.
 */
import { sentenceAt } from '@/glossary/mining/spread';
import type { Candidate } from './detect';

export interface SentencePart {
  text: string;
  /** This part is the candidate as written there. */
  term: boolean;
}

/** Up to `max` different sentences using `candidate`, in page order. */
export function sentencesWith(candidate: Candidate, blocks: readonly { text: string }[], max = 3): SentencePart[][] {
  const seen = new Set<string>();
  const sentences: SentencePart[][] = [];
  for (const { block, start, end } of candidate.occurrences) {
    if (sentences.length >= max) break;
    const text = blocks[block]!.text;
    const sentence = sentenceAt(text, start, end);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    sentences.push(split(sentence, text.slice(start, end)));
  }
  return sentences;
}

function split(sentence: string, term: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let from = 0;
  for (let at = sentence.indexOf(term); at !== -1; at = sentence.indexOf(term, from)) {
    if (at > from) parts.push({ text: sentence.slice(from, at), term: false });
    parts.push({ text: term, term: true });
    from = at + term.length;
  }
  if (from < sentence.length) parts.push({ text: sentence.slice(from), term: false });
  return parts;
}
