import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as explain } from '@/scripts/explain';
import { translator } from '@/scripts/locale';
import { withNote } from '@/utils/personal/edits';
import { toJson } from '@/utils/personal/formats';
import { EMPTY_PERSONAL } from '@/utils/personal';
import { mainScript, pageGlossary } from '@/utils/page-glossary';
import type { GlossaryEntry } from '@/utils/engine/glossary';
import { ARTICLE_HK } from '../fixtures/articles';
import { ARTIFACT_DIR } from '../e2e/paths';

function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = explain(args, { write: (s) => (out += s) }, { write: (s) => (err += s) });
  return { code, out, err };
}

const entry = {
  id: 'tw-form',
  hans: '里程碑',
  hant: '里程碑',
  tw: '裡程碑',
  pinyin: 'lǐ chéng bēi',
  en: 'milestone',
  meaning: 'A marker.',
  zhMeaning: { hans: '标志。', hant: '標誌。', tw: '標誌（台）。' },
  zhExplanation: { hans: '', hant: '' },
} as unknown as GlossaryEntry;

describe('the page glossary formatter', () => {
  it('writes Markdown and plain text in each language, with Taiwan forms for zh-TW and notes under their terms', () => {
    const rows = [{ entry, count: 2 }];
    const base = { title: 'T', script: 'hant' as const, notes: new Map([['tw-form', 'mine\nsecond line']]) };
    expect(pageGlossary(rows, { ...base, language: 'en', format: 'md', translate: translator('en') })).toBe(
      '## Glossary: T\n\n- **里程碑** *lǐ chéng bēi* — milestone (×2). A marker.\n  - Note: mine\n    second line\n\n' +
        '*1 terms explained by Tifa (提法); renderings marked official follow official English usage.*\n',
    );
    expect(pageGlossary(rows, { ...base, language: 'zh-TW', format: 'text', translate: translator('zh-TW') })).toBe(
      '術語表：T\n\n- 裡程碑 (lǐ chéng bēi) — milestone（×2）：標誌（台）。\n  筆記：mine\n    second line\n\n' +
        'Tifa（提法）解釋了 1 個提法；英文譯法依官方用法。\n',
    );
    expect(pageGlossary([], { title: 'T', script: 'hans', language: 'zh-CN', format: 'md', translate: translator('zh-CN') })).toContain(
      '本文没有出现术语表中的政策提法。',
    );
  });

  it('takes the script most terms are first written in', () => {
    expect(mainScript([{ script: 'hant' }, { script: 'hant' }, { script: 'hans' }])).toBe('hant');
    expect(mainScript([{ script: 'hant' }, { script: 'hans' }])).toBe('hans');
  });
});

describe('npm run explain options', { timeout: 60_000 }, () => {
  it('prints in the language, script and format asked, with the notes of a My glossary export', () => {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    const notesFile = path.join(ARTIFACT_DIR, 'explain-notes.json');
    writeFileSync(notesFile, toJson(withNote(EMPTY_PERSONAL, 'new-quality-productive-forces', 'Ask the desk', 1)));
    const { code, out } = run(ARTICLE_HK, '--lang', 'zh-CN', '--script', 'hans', '--format', 'text', '--notes', notesFile, '--title', '标题');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('术语表：标题');
    expect(lines[2]).toMatch(/^- 新质生产力 \(xīn zhì shēng chǎn lì\) — new quality productive forces（×35）：习近平/);
    expect(lines[3]).toBe('  笔记：Ask the desk');
  });

  it('refuses bad options and a notes file that is not an export, naming the problem', () => {
    expect(run(ARTICLE_HK, '--lang', 'fr').code).toBe(2);
    expect(run(ARTICLE_HK, '--format', 'html').err).toMatch(/^usage:/);
    expect(run(ARTICLE_HK, '--colour').err).toMatch(/Unknown option '--colour'/);
    const bad = run(ARTICLE_HK, '--notes', ARTICLE_HK);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^explain: .*article-hk\.txt: /);
  });
});
