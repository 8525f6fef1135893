/** From recurring phrases to a ranked list of candidate formulations. Pure. */
import type { GeneralFrequency } from './general-frequency';
import { BAD_END, BAD_START, isNumberedSlogan } from './patterns';

export interface Phrase {
  /** Folded (Simplified-keyed) text. */
  term: string;
  /** Its first occurrence in the corpus buffer. */
  start: number;
  length: number;
  count: number;
  leftEntropy: number;
  rightEntropy: number;
}

export interface Candidate extends Phrase {
  /** Times it stood in quotation marks. */
  quoted: number;
  slogan: boolean;
  /** ln of (its frequency here) / (its likelihood in ordinary Chinese). */
  lift: number;
  score: number;
}

export interface RankOptions {
  /** Below this entropy on either side a phrase is taken for a fragment of a longer one… */
  minEntropy: number;
  /** …unless it was quoted at least this often. */
  minQuoted: number;
  /** The factor on the score of a phrase that ends like a name (GeneralFrequency.trailingSingles). */
  namePenalty: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { minEntropy: 1, minQuoted: 3, namePenalty: 0.3 };

export function rankPhrases(
  phrases: readonly Phrase[],
  quoted: ReadonlyMap<string, number>,
  general: GeneralFrequency,
  corpusSize: number,
  options: RankOptions = DEFAULT_RANK_OPTIONS,
): Candidate[] {
  const logSize = Math.log(corpusSize);
  const candidates: Candidate[] = [];
  for (const phrase of phrases) {
    const { term } = phrase;
    if (BAD_START.has(term[0]!) || BAD_END.has(term.at(-1)!)) continue;
    const timesQuoted = quoted.get(term) ?? 0;
    const slogan = isNumberedSlogan(term);
    const free = Math.min(phrase.leftEntropy, phrase.rightEntropy) >= options.minEntropy;
    if (!free && timesQuoted < options.minQuoted) continue;
    const lift = Math.log(phrase.count) - logSize - general.logProb(term);
    if (lift <= 0) continue;
    // Frequent, far above ordinary usage, and marked as a set phrase by quotes or a slogan's shape;
    // sunk, not dropped, when it ends like a name, unless its quotes or shape say otherwise.
    const marked = slogan || timesQuoted >= Math.max(options.minQuoted, phrase.count / 10);
    const marks = 1 + Math.min(1, timesQuoted / phrase.count) + (slogan ? 0.5 : 0);
    const nameLike = !marked && general.trailingSingles(term) >= 2 ? options.namePenalty : 1;
    const score = Math.log(phrase.count) * Math.sqrt(lift) * marks * nameLike;
    candidates.push({ ...phrase, quoted: timesQuoted, slogan, lift, score });
  }
  return candidates.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
}
