/**
 * Formulations Tifa has not met yet: on one page, the phrases shaped like an official formulation
 * (a numbered slogan, 两X两Y, 一X两Y三Z, or a phrase set in quotation marks that recurs) that no
 * glossary term (bundled or the reader's own) covers. Pure, no DOM: it takes the page's text
 * blocks with the glossary's hits in each, and a fold (Traditional → Simplified, one unit per unit,
 * so offsets in the folded text are offsets in the page's).
 *
 * Precision before recall: a shown candidate that is no formulation costs the reader's trust, a
 * missed one costs nothing Tifa had before. So a slogan's end must be certain (quoted, the same on
 * every use, or followed by punctuation), generic counting phrases are left out, and a page shows
 * only its strongest few (the figures are in the README: npm run candidates:eval).
 */
import { BAD_END, BAD_START, HAN, NUMERAL, quotedPhrase, sloganShape, type SloganShape } from '@/glossary/mining/patterns';

export type CandidateKind = SloganShape | 'quoted';

export interface Span {
  start: number;
  end: number;
}

export interface CandidateBlock {
  text: string;
  /** The glossary's hits in `text`: a candidate touching one is the glossary's business. */
  hits: readonly Span[];
}

export interface Occurrence extends Span {
  /** Index of the block in the input. */
  block: number;
}

export interface Candidate {
  /** The folded (Simplified-keyed) form. */
  key: string;
  /** As the page first writes it. */
  text: string;
  kind: CandidateKind;
  /** Every use on the page, in block order. */
  occurrences: Occurrence[];
  /** How many of them stood in quotation marks. */
  quoted: number;
}

export interface DetectOptions {
  fold: (text: string) => string;
  /** A quoted phrase must be used this often on the page (quoted or not). */
  minQuotedUses: number;
  /** Quoted phrases shorter than this are mostly names and scare quotes. */
  minQuotedLength: number;
  /**
   * Quoted phrases of no numbered shape, used this often: off by default, since on the mined corpus
   * most were names, nicknames and quoted speech (README: npm run candidates:eval).
   */
  quotedPhrases: boolean;
  /** The most candidates shown on one page: the strongest. */
  maxPerPage: number;
}

export const DEFAULT_DETECT_OPTIONS: Omit<DetectOptions, 'fold'> = { quotedPhrases: false, minQuotedUses: 2, minQuotedLength: 3, maxPerPage: 3 };

// Numerals preceded by these count things or tell the time, they do not name a slogan: 第三个,
// 这两项, 每三个, 其中两个, 下午两点.
const NOT_BEFORE = '第这那每几前后头其另逾近约数上下余午晚早';
// Not 一 (一个, 一项: "a"), nor 百/千/万 (counts). Party congresses (十九大, 二十大) are CONGRESS.
const SLOGAN_NUMERAL = '[二两三四五六七八九十]';
/** A numeral, a classifier, then the Han characters that follow (cut to a slogan's length below). */
const NUMBERED_RUN = new RegExp(`(?<![${NOT_BEFORE}]|${NUMERAL})(${SLOGAN_NUMERAL}{1,2}[个大项条点])([${HAN}]+)`, 'g');
const CONGRESS = /^[二三]?十[一二三四五六七八九]?大/;
// One character each (两新两重, 一带两廊三区): with two, running text matches across words (两者分两层).
const PAIRED = new RegExp(`两[${HAN}]两[${HAN}]`, 'g');
const SERIES = new RegExp(`一[${HAN}]两[${HAN}]三[${HAN}]`, 'g');
/** The longest slogan body after its classifier (四个全面: 2, 两个毫不动摇: 4, 五个必由之路: 4). */
const MAX_BODY = 6;
/** A slogan used once is taken only when punctuation ends it this soon. */
const MAX_LONE_BODY = 4;
/**
 * How a numbered slogan's body opens: an imperative or a stance (四个必须, 六个坚持, 两个维护, 六个
 * 强大, 五个一批, 三个没有变), where counting opens with a noun (三个月, 两个居民点, 五大洲, 两项控罪).
 * Read off the numbered phrases of the mined corpus: a body opening otherwise is taken only in quotes.
 */
const SLOGAN_OPENERS = new Set('必坚始充精务维自全毫不没一统协着注善敢是聚保强严深推加实构促稳优带以守跳做');
/** 两天两夜, 两子两女, 两地两头家, 两院两个法案, 两国和两国人民: spans, families, counts, not slogans. */
const NOT_PAIRED = /^两[天年月日夜晚周个子女儿男院地]|^两.两[个位名项条]|[和龢与及的、]/; // 龢: the fold's key for 和
/**
 * The last characters of the policy nouns a quoted numbered slogan ends in (五个中心, 两个屏障, 五大
 * 走廊, 四项原则, 五点主张), where a quoted nickname does not (四大天王, 三大贼王).
 */
const POLICY_TAILS = new Set('系心廊地则张园程划全略动制度面念神识信护立持变须障设务标局势享放新业区带链网');
const NUMBERED_HEAD = new RegExp(`^${SLOGAN_NUMERAL}{1,2}[个大项条点]`);

/**
 * Does a numbered phrase name a slogan rather than count things? Not 一个X ("a X"), nor hundreds,
 * nor a Party congress; its body opens like a slogan, or, quoted, ends in a policy noun.
 */
function namesSlogan(phrase: string, quoted: boolean): boolean {
  const head = NUMBERED_HEAD.exec(phrase)?.[0].length;
  if (head === undefined || sloganShape(phrase) !== 'numbered' || CONGRESS.test(phrase)) return false;
  return SLOGAN_OPENERS.has(phrase[head]!) || (quoted && POLICY_TAILS.has(phrase.at(-1)!));
}

/** A quoted phrase's kind: its slogan shape when it names one, else a plain quoted phrase. */
function quotedKind(phrase: string): CandidateKind {
  const shape = sloganShape(phrase);
  if (shape === 'numbered') return namesSlogan(phrase, true) ? 'numbered' : 'quoted';
  return shape === 'paired' && NOT_PAIRED.test(phrase) ? 'quoted' : (shape ?? 'quoted');
}

interface Proposal {
  kind: CandidateKind;
  quoted: number;
}

/** The candidate formulations of one page, strongest first, at most `maxPerPage`. */
export function detectCandidates(blocks: readonly CandidateBlock[], options: Partial<DetectOptions> & Pick<DetectOptions, 'fold'>): Candidate[] {
  const { fold, quotedPhrases, minQuotedUses, minQuotedLength, maxPerPage } = { ...DEFAULT_DETECT_OPTIONS, ...options };
  const folded = blocks.map((block) => fold(block.text));
  // The particles as the fold keys them (和 → 龢, 了 → 瞭), since phrases are compared folded.
  const badStart = new Set(fold([...BAD_START].join('')));
  const badEnd = new Set(fold([...BAD_END].join('')));
  const proposals = new Map<string, Proposal>();
  const propose = (key: string, kind: CandidateKind, quoted = 0) => {
    const seen = proposals.get(key);
    if (seen) seen.quoted += quoted;
    else proposals.set(key, { kind, quoted });
  };
  const runs = new Map<string, string[]>(); // numbered runs by their first four characters

  for (const text of folded) {
    for (const [, phrase] of text.matchAll(quotedPhrase())) {
      if (phrase!.length < minQuotedLength) continue;
      const kind = quotedKind(phrase!);
      if (kind !== 'quoted' || quotedPhrases) propose(phrase!, kind, 1);
    }
    for (const [, head, body] of text.matchAll(NUMBERED_RUN)) {
      if (body!.length < 2) continue;
      const prefix = head! + body!.slice(0, 2);
      // A run cut at MAX_BODY + 1 still tells "longer than a slogan" apart from "ended by punctuation".
      const run = head! + body!.slice(0, MAX_BODY + 1);
      const list = runs.get(prefix);
      if (list) list.push(run);
      else runs.set(prefix, [run]);
    }
    for (const [phrase] of text.matchAll(PAIRED)) if (!NOT_PAIRED.test(phrase)) propose(phrase, 'paired');
    for (const [phrase] of text.matchAll(SERIES)) propose(phrase, 'series');
  }
  for (const [prefix, list] of runs) {
    const head = prefix.length - 2;
    const phrase = list.length > 1 ? trimEnd(commonPrefix(list), badEnd) : list[0]!;
    const body = phrase.length - head;
    if (body < 2 || body > (list.length > 1 ? MAX_BODY : MAX_LONE_BODY)) continue;
    if (namesSlogan(phrase, false)) propose(phrase, 'numbered');
  }

  const taken = folded.map(() => [] as Span[]); // positions a longer candidate already holds
  const found: Candidate[] = [];
  // Longest first: 两个毫不动摇 takes its uses before a shorter proposal inside it could.
  for (const [key, proposal] of [...proposals].sort(([a], [b]) => b.length - a.length || a.localeCompare(b))) {
    if (badStart.has(key[0]!) || badEnd.has(key.at(-1)!)) continue;
    const occurrences = occurrencesOf(key, folded);
    // Inside or across a glossary term: the glossary already explains it (or a longer form of it).
    if (occurrences.some((o) => overlaps(blocks[o.block]!.hits, o))) continue;
    const free = occurrences.filter((o) => !overlaps(taken[o.block]!, o));
    if (free.length === 0) continue;
    if (proposal.kind === 'quoted' && free.length < minQuotedUses) continue;
    for (const o of free) taken[o.block]!.push(o);
    const first = free[0]!;
    found.push({ key, text: blocks[first.block]!.text.slice(first.start, first.end), kind: proposal.kind, occurrences: free, quoted: proposal.quoted });
  }
  return found.sort((a, b) => strength(b) - strength(a) || firstUse(a, b)).slice(0, maxPerPage);
}

/** Slogan shapes say more than quotation marks; then the more uses, the surer. */
const strength = (c: Candidate) => (c.kind === 'quoted' ? 0 : 10) + Math.min(c.occurrences.length, 9);
const firstUse = (a: Candidate, b: Candidate) =>
  a.occurrences[0]!.block - b.occurrences[0]!.block || a.occurrences[0]!.start - b.occurrences[0]!.start;

function occurrencesOf(key: string, folded: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  folded.forEach((text, block) => {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) found.push({ block, start: at, end: at + key.length });
  });
  return found;
}

const overlaps = (spans: readonly Span[], span: Span) => spans.some((s) => s.start < span.end && span.start < s.end);

function commonPrefix(strings: readonly string[]): string {
  let prefix = strings[0]!;
  for (const s of strings) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Drops particles a shared continuation left at the end (两个毫不动摇的 → 两个毫不动摇). */
function trimEnd(phrase: string, badEnd: ReadonlySet<string>): string {
  let end = phrase.length;
  while (end > 0 && badEnd.has(phrase[end - 1]!)) end--;
  return phrase.slice(0, end);
}
