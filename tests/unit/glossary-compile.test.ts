import { describe, expect, it } from 'vitest';
import { compileGlossary, GlossaryError, type Derivers, type SourceFile } from '@/glossary/compile';
import { createDerivers } from '@/glossary/build';
import { createTermIndex, loadMatchData } from '@/utils/engine/glossary';
import { characterData } from './helpers';

const derive: Derivers = createDerivers();

const entry = (fields: string) => `
  - id: stranglehold
    zh: 卡脖子
    en: chokehold technologies
    status: common
    meaning: Key technologies a foreign supplier can cut off.
    explanation: Used for chips, machine tools and software where China depends on foreign suppliers.
    zh_meaning: 关键技术受制于人。
    zh_explanation: 指芯片等关键核心技术依赖外国供应、可被切断的处境。
    sources:
      - title: Xi Jinping, speech of 2018-05-28
${fields}`;

const file = (body: string, path = 'glossary/entries/technology.yaml'): SourceFile => ({
  path,
  text: `category: technology\nentries:${body}`,
});

function problemsOf(files: SourceFile[]): string[] {
  try {
    compileGlossary(files, derive, characterData());
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return (error as GlossaryError).problems;
  }
  throw new Error('expected the compile to fail');
}

describe('glossary compile', () => {
  it('derives the Traditional form and both readings', () => {
    const { entries, match } = compileGlossary([file(entry(''))], derive, characterData());
    expect(match.terms[0]).toEqual({ id: 'stranglehold', category: 'technology' });
    // Its key is in the shipped trie.
    const index = createTermIndex(loadMatchData(match));
    expect(index.matcher.findAll('甩掉卡脖子，卡脖子').map((m) => index.terms[m.entry]!.id)).toEqual(['stranglehold', 'stranglehold']);
    expect(entries[0]).toMatchObject({
      id: 'stranglehold',
      category: 'technology',
      hans: '卡脖子',
      hant: '卡脖子',
      pinyin: 'qiǎ bó zi',
      jyutping: 'kaa1 but6 zi2',
    });
    const [hq] = compileGlossary(
      [file(entry('').replace('卡脖子', '高质量发展').replace('stranglehold', 'high-quality-development'))],
      derive,
      characterData(),
    ).entries;
    expect(hq).toMatchObject({ hant: '高質量發展', pinyin: 'gāo zhì liàng fā zhǎn' });
  });

  it('derives the Traditional text of Chinese explanations, members and examples', () => {
    const fields = `    members: [全面深化改革, 全面依法治国]
    example: { zh: 甩掉卡脖子的手。, en: Shake off the hand at our throat. }
    context: { unless_followed_by: [游戏] }`;
    const { entries, match } = compileGlossary([file(entry(fields))], derive, characterData());
    expect(entries[0]).toMatchObject({
      zhMeaning: { hans: '关键技术受制于人。', hant: '關鍵技術受制於人。' },
      members: [
        { hans: '全面深化改革', hant: '全面深化改革' },
        { hans: '全面依法治国', hant: '全面依法治國' },
      ],
      example: { zh: { hans: '甩掉卡脖子的手。', hant: '甩掉卡脖子的手。' }, en: 'Shake off the hand at our throat.' },
    });
    expect(match.terms[0]?.unlessFollowedBy).toEqual(['游戏']); // folded, like the keys
  });

  it('derives the Simplified texts of an entry written in Taiwan Traditional', () => {
    const fields = `    written_in: zh-TW
    hant: 卡脖子`;
    const taiwan = entry(fields).replace('关键技术受制于人。', '關鍵技術受制於人，軟體與晶片尤甚。');
    const { entries } = compileGlossary([file(taiwan)], derive, characterData());
    expect(entries[0]?.zhMeaning).toEqual({ hans: '关键技术受制于人，软件与芯片尤甚。', hant: '關鍵技術受制於人，軟體與晶片尤甚。' });
  });

  it('ships a source\'s title and link, and refuses a link that does not say where it was seen', () => {
    const sourced = entry('').replace(
      '      - title: Xi Jinping, speech of 2018-05-28',
      '      - title: Xi Jinping, speech of 2018-05-28\n        url: https://www.gov.cn/xinwen/2018-05/28/\n        seen: CCTV transcript 2018-05-28',
    );
    expect(compileGlossary([file(sourced)], derive, characterData()).entries[0]?.sources).toEqual([
      { title: 'Xi Jinping, speech of 2018-05-28', url: 'https://www.gov.cn/xinwen/2018-05/28/' },
    ]);
    expect(problemsOf([file(sourced.replace(/\n\s+seen: .*/, ''))])).toEqual([
      'glossary/entries/technology.yaml: entry #1 "stranglehold": field "sources.0" has a url but no "seen": say where the URL was seen',
    ]);
  });

  it('refuses a link to a host that is not official or first-party, naming the host and what to do', () => {
    const linked = (url: string) =>
      entry('').replace(
        '      - title: Xi Jinping, speech of 2018-05-28',
        `      - title: Xi Jinping, speech of 2018-05-28\n        url: ${url}\n        seen: the glossary as first written`,
      );
    expect(problemsOf([file(linked('https://www.en84.com/15998.html'))])).toEqual([
      'glossary/entries/technology.yaml: entry #1 "stranglehold": field "sources.0.url" www.en84.com is not an official or first-party host ' +
        '(glossary/source-hosts.ts): remove the url and keep a title naming the original document, or link an official page where you saw it',
    ]);
    // A look-alike that only ends with an official name is not its subdomain.
    expect(problemsOf([file(linked('https://fakegov.cn/a.html'))])).toHaveLength(1);
    for (const url of ['http://english.www.gov.cn/news/a.html', 'https://www.mfa.gov.cn/eng/a.html', 'http://en.people.cn/n3/a.html', 'https://tv.cctv.com/2024/01/01/VIDE.shtml']) {
      expect(compileGlossary([file(linked(url))], derive, characterData()).entries[0]?.sources[0]?.url).toBe(url);
    }
  });

  it('refuses a URL still marked as never vetted', () => {
    const unvetted = entry('').replace(
      '      - title: Xi Jinping, speech of 2018-05-28',
      '      - title: Xi Jinping, speech of 2018-05-28\n        url: https://www.gov.cn/a.html\n        seen: glossary 1.0 (before URL provenance was recorded)',
    );
    expect(problemsOf([file(unvetted)])).toEqual([
      'glossary/entries/technology.yaml: entry #1 "stranglehold": field "sources.0.seen" still says the URL was never vetted: check its host and say where you saw it',
    ]);
  });

  it('refuses a reading note without the reading it explains', () => {
    expect(problemsOf([file(entry('    pinyin_note: CC-CEDICT reads it so'))])).toEqual([
      'glossary/entries/technology.yaml: entry #1 "stranglehold": field "pinyin_note" explains a reading that is not written: add the "pinyin" it explains, or remove the note',
    ]);
  });

  it('keeps reading overrides over derived readings', () => {
    const { entries } = compileGlossary([file(entry('    pinyin: qiǎ bózi\n    jyutping: kaat1 bok3 zi2'))], derive, characterData());
    expect(entries[0]).toMatchObject({ pinyin: 'qiǎ bózi', jyutping: 'kaat1 bok3 zi2' });
  });

  it('names file, entry and field of a malformed entry', () => {
    const bad = entry('').replace('status: common', 'status: approved').replace('    en: chokehold technologies\n', '');
    const problems = problemsOf([file(bad)]);
    expect(problems).toContain('glossary/entries/technology.yaml: entry #1 "stranglehold": field "en" Invalid key: Expected "en" but received undefined');
    expect(problems).toContain('glossary/entries/technology.yaml: entry #1 "stranglehold": field "status" must be one of official, common, literal');
  });

  it('rejects unknown fields, bad dates and empty sources', () => {
    const problems = problemsOf([
      file(entry('    first_use: { date: "May 2018", occasion: a speech }\n    colour: red').replace(/sources:\n.*\n/, 'sources: []\n')),
    ]);
    expect(problems.join('\n')).toMatch(/field "first_use.date" must be YYYY/);
    expect(problems.join('\n')).toMatch(/field "colour"/);
    expect(problems.join('\n')).toMatch(/field "sources" needs at least one source/);
  });

  it('rejects a control character pasted into a file, with its line', () => {
    expect(problemsOf([file(entry('').replace('Xi Jinping, speech', 'Xi Jinping,\u0008 speech'))])).toEqual([
      'glossary/entries/technology.yaml (line 12): holds the control character U+0008: remove it',
    ]);
  });

  it('reports invalid YAML with its line', () => {
    expect(problemsOf([file('\n  - id: [unclosed\n    zh: 卡脖子')])[0]).toMatch(/^glossary\/entries\/technology.yaml \(line \d+\): not valid YAML/);
  });

  it('rejects an unknown category', () => {
    expect(problemsOf([{ path: 'x.yaml', text: 'category: sport\nentries: []' }])[0]).toMatch(/x.yaml: field "category" must be one of economy/);
  });

  it('rejects duplicate ids, duplicate forms, unknown related ids and a wrong Traditional form', () => {
    const problems = problemsOf([
      file(entry('    related: [no-such-entry]')),
      file(entry('    hant: 卡頸子'), 'glossary/entries/idioms.yaml'),
    ]);
    const all = problems.join('\n');
    expect(all).toMatch(/idioms.yaml: entry #1 "stranglehold": field "id" duplicates the entry in glossary\/entries\/technology.yaml/);
    expect(all).toMatch(/field "hant" 卡頸子 is not the Traditional form of zh 卡脖子/);
    expect(all).toMatch(/field "related" names unknown entry "no-such-entry"/);
  });

  it('rejects a form that is not Chinese, a one-character form and a repeated form', () => {
    expect(problemsOf([file(entry('    aliases: ["20+8"]'))]).join('\n')).toMatch(/field "aliases.0" must contain Chinese characters/);
    expect(problemsOf([file(entry('    aliases: [卡]'))]).join('\n')).toMatch(/field "aliases.0" is shorter than two characters/);
    expect(problemsOf([file(entry('    aliases: [卡 脖子]'))]).join('\n')).toMatch(/form 卡 脖子 is already listed/);
  });

  it('rejects a one-line meaning that runs long, Chinese fields written in English and a missing explanation', () => {
    const bad = entry('')
      .replace(/ {4}meaning: .*/, `    meaning: ${'x'.repeat(301)}`)
      .replace(/zh_meaning: .*/, 'zh_meaning: Key technology.')
      .replace(/ {4}explanation: .*\n/, '');
    const all = problemsOf([file(bad)]).join('\n');
    expect(all).toMatch(/field "meaning" must be one line/);
    expect(all).toMatch(/field "zh_meaning" must be written in Chinese/);
    expect(all).toMatch(/field "explanation" Invalid key/);
  });
});
