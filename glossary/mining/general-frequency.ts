/**
 * How likely a phrase is in ordinary Chinese, from a general word-frequency list (jieba's
 * dictionary, shipped by @node-rs/jieba): the probability of its likeliest split into listed
 * words. A formulation is far more frequent in political text than this predicts. Pure.
 */

export interface GeneralFrequency {
  /** ln P(phrase) under a unigram model of the list's words. */
  logProb(phrase: string): number;
  /**
   * How many characters at the end of the phrase stand alone in that likeliest split: a name
   * (陈茂波, 尹锡悦) or a dialect phrase (佢哋) ends in two or more, a formulation seldom does.
   */
  trailingSingles(phrase: string): number;
}

const MAX_WORD = 8;

/** @param dict jieba's `word count tag` lines; @param key the fold, so both scripts look up alike */
export function generalFrequency(dict: string, key: (word: string) => string): GeneralFrequency {
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of dict.split('\n')) {
    const [word, count] = line.split(' ');
    if (!word || !count || word.length > MAX_WORD) continue;
    const k = key(word);
    counts.set(k, (counts.get(k) ?? 0) + Number(count));
    total += Number(count);
  }
  const logTotal = Math.log(total);
  // A character the list never shows alone is given a count of 0.5.
  const unknown = Math.log(0.5) - logTotal;
  /** The likeliest split: its log probability at each end, and where the word ending there starts. */
  function split(phrase: string) {
    const best = new Float64Array(phrase.length + 1).fill(-Infinity);
    const from = new Int32Array(phrase.length + 1);
    best[0] = 0;
    for (let end = 1; end <= phrase.length; end++) {
      for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
        const c = counts.get(phrase.slice(start, end));
        const p = c ? Math.log(c) - logTotal : end - start === 1 ? unknown : -Infinity;
        if (best[start]! + p > best[end]!) {
          best[end] = best[start]! + p;
          from[end] = start;
        }
      }
    }
    return { best, from };
  }
  return {
    logProb: (phrase) => split(phrase).best[phrase.length]!,
    trailingSingles(phrase) {
      const { from } = split(phrase);
      let end = phrase.length;
      while (end > 0 && from[end] === end - 1) end--;
      return phrase.length - end;
    },
  };
}
