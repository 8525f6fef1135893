/**
 * The authoring format of glossary/entries/*.yaml (one file per category), as a valibot schema
 * so a bad entry is rejected with the path of the field that is wrong.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../utils/engine/glossary';

const han = /[\u3400-\u9fff]/;
const text = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));
const chineseForm = v.pipe(
  v.string(),
  v.trim(),
  v.regex(han, 'must contain Chinese characters'),
  v.minLength(2, 'is shorter than two characters: too ambiguous to match'),
  v.maxLength(24, 'is too long for a term (24 characters at most)'),
);
const chineseText = (what: string, max: number) =>
  v.pipe(text(what), v.regex(han, 'must be written in Chinese'), v.maxLength(max, `must be ${max} characters at most`));
/** Neighbouring text that cancels a match, e.g. 旧金山 before 湾区. */
const contextList = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.nonEmpty())), v.minLength(1));

export const SourceEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case ASCII, e.g. "new-quality-productive-forces"')),
  zh: chineseForm,
  hant: v.optional(chineseForm),
  aliases: v.optional(v.array(chineseForm), []),
  pinyin: v.optional(v.pipe(v.string(), v.regex(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü0-9+ '-]+$/i, 'must be tone-marked pinyin in Latin letters'))),
  /**
   * Why `pinyin` departs from CC-CEDICT (the whole form's reading, else its longest words'):
   * required then, and only with a `pinyin` written out. See glossary/readings.ts.
   */
  pinyin_note: v.optional(text('pinyin_note')),
  jyutping: v.optional(v.pipe(v.string(), v.regex(/^[a-z]+[1-6]( [a-z]+[1-6]|[ 0-9+-])*$/, 'must be jyutping syllables with tone numbers 1-6'))),
  en: text('en'),
  status: v.picklist(['official', 'common', 'literal'], 'must be one of official, common, literal'),
  meaning: v.pipe(text('meaning'), v.maxLength(300, 'must be one line (300 characters at most); put more in explanation')),
  explanation: v.pipe(text('explanation'), v.maxLength(1500, 'must be 1500 characters at most')),
  /**
   * zh-TW: the Chinese texts (zh_meaning, zh_explanation, members, example) are written in
   * Taiwan's Traditional script and wording, and the Simplified ones are derived from them.
   */
  written_in: v.optional(v.picklist(['zh-CN', 'zh-TW'], 'must be zh-CN or zh-TW'), 'zh-CN'),
  zh_meaning: chineseText('zh_meaning', 120),
  zh_explanation: chineseText('zh_explanation', 600),
  members: v.optional(v.pipe(v.array(chineseText('members', 60)), v.minLength(2, 'lists a numbered slogan\'s members: at least two'))),
  example: v.optional(
    v.strictObject({
      zh: chineseText('example.zh', 200),
      en: v.optional(text('example.en')),
      source: v.optional(text('example.source')),
    }),
  ),
  context: v.optional(
    v.strictObject({
      unless_preceded_by: v.optional(contextList),
      unless_followed_by: v.optional(contextList),
    }),
  ),
  first_use: v.optional(
    v.strictObject({
      date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD (quoted)')),
      occasion: text('occasion'),
    }),
  ),
  related: v.optional(v.array(v.string()), []),
  sources: v.pipe(
    v.array(
      v.pipe(
        v.strictObject({
          title: text('title'),
          url: v.optional(v.pipe(v.string(), v.url('must be a full URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'))),
          /** Where the URL was seen in material the project holds (a fetched text, a stored page): never typed from memory. */
          seen: v.optional(text('seen')),
        }),
        v.check((source) => source.url === undefined || source.seen !== undefined, 'has a url but no "seen": say where the URL was seen'),
      ),
    ),
    v.minLength(1, 'needs at least one source'),
  ),
});

export type SourceEntry = v.InferOutput<typeof SourceEntrySchema>;

export const SourceFileSchema = v.strictObject({
  category: v.picklist(Object.keys(CATEGORIES) as Category[], `must be one of ${Object.keys(CATEGORIES).join(', ')}`),
  entries: v.array(v.unknown()),
});
