/**
 * Readings checked against CC-CEDICT. Pure: the dictionary is passed in as a lookup (see
 * glossary/cedict.ts for the Node side), so the comparison runs in unit tests on a made-up one.
 *
 * A form is read as CC-CEDICT reads it: the whole form if the dictionary has it, else each
 * longest dictionary word inside it from left to right (forward maximum matching), compared
 * syllable by syllable. A word agrees when our syllables equal any one of its dictionary readings:
 * tone marks and numbers are both accepted, ü/v/u: are one letter, an unmarked syllable is the
 * neutral tone (一揽子 yī lǎn zi, not zǐ), and an erhua 儿 may be written "r" or "er".
 */

import { where, type LocatedEntry } from './compile';

/** The readings CC-CEDICT gives a word, in its numbered pinyin ("nei4 juan3"); empty when it has no such word. */
export type CedictLookup = (word: string) => readonly string[];

export interface WordReading {
  word: string;
  /** Our syllables for the word, normalised ("juan4"). */
  ours: string[];
  /** The dictionary's readings of the word, each normalised; empty when the dictionary lacks it. */
  cedict: string[][];
}

export type ReadingResult =
  | { kind: 'agrees'; words: WordReading[] }
  | { kind: 'disagrees'; words: WordReading[]; disagreeing: WordReading[]; suggestion: string }
  | { kind: 'unaligned'; syllables: number; characters: number };

const TONED: Record<string, [string, number]> = {};
for (const [base, marks] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['v', 'ǖǘǚǜ']] as const) {
  [...marks].forEach((mark, tone) => (TONED[mark] = [base, tone + 1]));
}

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
/** The longest word looked up; CC-CEDICT's longest entries are idioms and names of about this size. */
const MAX_WORD = 12;

/** One syllable, marked ("juǎn", "lǜ") or numbered ("juan3", "lu:4", "zi5"), as "juan3" / "lv4" / "zi5". */
export function normaliseSyllable(syllable: string): string {
  let tone = 5;
  let letters = '';
  for (const ch of syllable.toLowerCase().normalize('NFC').replace(/u:|ü/g, 'v')) {
    const toned = TONED[ch];
    if (toned) {
      letters += toned[0];
      tone = toned[1];
    } else if (/[1-5]/.test(ch)) tone = Number(ch);
    else letters += ch;
  }
  return `${letters}${tone}`;
}

/**
 * Syllables of a pinyin string ("nèi juǎn", "zhōng-měi"), normalised. Tokens that are not
 * pinyin (digits, capitals, "+") stand for the form's non-Han characters and are left out; an
 * erhua ending ("diǎnr") is split off as its own syllable, as CC-CEDICT writes it (r5).
 */
export function pinyinSyllables(pinyin: string): string[] {
  return pinyin
    .split(/[\s'’-]+/)
    .filter((token) => /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü:]+[1-5]?$/.test(token))
    .flatMap((token) => {
      const syllable = normaliseSyllable(token);
      const erhua = /^([a-z]+)r([1-5])$/.exec(syllable);
      return erhua && erhua[1] !== 'e' ? [`${erhua[1]}${erhua[2]}`, 'r5'] : [syllable];
    });
}

/** The form's Han runs cut into CC-CEDICT words: each the longest the dictionary has, from left to right. */
export function cedictWords(form: string, lookup: CedictLookup): string[] {
  const words: string[] = [];
  for (const run of form.match(/\p{Script=Han}+/gu) ?? []) {
    for (let start = 0; start < run.length; ) {
      let end = Math.min(run.length, start + MAX_WORD);
      while (end > start + 1 && lookup(run.slice(start, end)).length === 0) end--;
      words.push(run.slice(start, end));
      start = end;
    }
  }
  return words;
}

const sameSyllable = (ours: string, theirs: string) =>
  ours === theirs || (theirs === 'r5' && /^er[1-5]$/.test(ours)); // 儿 read in full

const toneless = (syllable: string) => syllable.slice(0, -1);

/**
 * A single character read in the neutral tone agrees with any of its toned readings: the
 * dictionary lists a character's own tones, and the neutral one comes from where it stands
 * (个 after a numeral, 子 as a suffix), which a one-character entry cannot show.
 */
const agrees = (ours: string[], reading: string[]) =>
  ours.length === reading.length &&
  ours.every(
    (syllable, i) =>
      sameSyllable(syllable, reading[i]!) || (ours.length === 1 && syllable.endsWith('5') && toneless(syllable) === toneless(reading[i]!)),
  );

/** Numbered back to marked pinyin ("juan3" → "juǎn"), for suggestions. */
export function markSyllable(numbered: string): string {
  const tone = Number(numbered.slice(-1));
  const letters = numbered.slice(0, -1).replace(/v/g, 'ü');
  if (tone === 5 || Number.isNaN(tone)) return letters;
  // The mark goes on a or e, on the o of ou, else on the last vowel.
  const at = /[ae]/.test(letters) ? letters.search(/[ae]/) : letters.includes('ou') ? letters.indexOf('o') : letters.search(/[iouü][^iouü]*$/);
  if (at < 0) return letters;
  const vowel = letters[at] === 'ü' ? 'v' : letters[at]!;
  const marked = Object.entries(TONED).find(([, [base, t]]) => base === vowel && t === tone)?.[0] ?? vowel;
  return letters.slice(0, at) + marked + letters.slice(at + 1);
}

/** Compares a form's reading with CC-CEDICT's. */
export function compareReading(form: string, pinyin: string, lookup: CedictLookup): ReadingResult {
  const syllables = pinyinSyllables(pinyin);
  const characters = [...form].filter(isHan).length;
  if (syllables.length !== characters) return { kind: 'unaligned', syllables: syllables.length, characters };
  let next = 0;
  const words = cedictWords(form, lookup).map((word): WordReading => {
    const ours = syllables.slice(next, (next += [...word].length));
    return { word, ours, cedict: lookup(word).map((reading) => reading.split(/\s+/).map(normaliseSyllable)) };
  });
  // A word the dictionary lacks (a rare character) cannot be checked: it passes.
  const disagreeing = words.filter(({ ours, cedict }) => cedict.length > 0 && !cedict.some((reading) => agrees(ours, reading)));
  if (disagreeing.length === 0) return { kind: 'agrees', words };
  const suggestion = words
    .flatMap((word) => (disagreeing.includes(word) ? word.cedict[0]! : word.ours))
    .map((syllable) => (syllable === 'r5' ? 'r' : markSyllable(syllable)))
    .join(' ')
    .replace(/ r(?= |$)/g, 'r');
  return { kind: 'disagrees', words, disagreeing, suggestion };
}

/** What an entry must fix, or undefined when its reading is fine. */
export function readingProblem(
  entry: { zh: string; pinyin?: string | undefined; pinyin_note?: string | undefined },
  derived: string,
  lookup: CedictLookup,
): string | undefined {
  const reading = entry.pinyin ?? derived;
  const result = compareReading(entry.zh, reading, lookup);
  const field = entry.pinyin === undefined ? 'pinyin (derived by pinyin-pro)' : 'pinyin';
  if (result.kind === 'unaligned') {
    return `field "${field}" "${reading}" has ${result.syllables} syllable(s) for the ${result.characters} Chinese character(s) of ${entry.zh}: write one syllable per character, separated by spaces`;
  }
  if (result.kind === 'agrees' || entry.pinyin_note !== undefined) return undefined;
  const words = result.disagreeing
    .map(({ word, ours, cedict }) => `${word} ${ours.map(markSyllable).join(' ')} where CC-CEDICT has ${cedict.map((r) => r.join(' ')).join(' / ')}`)
    .join('; ');
  return `field "${field}" "${reading}" disagrees with CC-CEDICT (${words}): write pinyin: "${result.suggestion}", or keep the reading and say why in pinyin_note`;
}

/** Every entry whose reading disagrees with CC-CEDICT without a pinyin_note, named by file, entry and field. */
export function readingProblems(located: readonly LocatedEntry[], derivePinyin: (zh: string) => string, lookup: CedictLookup): string[] {
  return located.flatMap(({ file, index, source }) => {
    const problem = readingProblem(source, derivePinyin(source.zh), lookup);
    return problem === undefined ? [] : [`${where(file, index, source.id)}: ${problem}`];
  });
}
