import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@/utils/personal/csv';
import { parseImport, toAnkiTsv, toCsv, tooLarge, toJson } from '@/utils/personal/formats';
import { PERSONAL_VERSION, type PersonalGlossary } from '@/utils/personal/schema';
import type { GlossaryEntry } from '@/utils/engine/glossary';

const v1 = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/personal/v1.json'), 'utf8')) as PersonalGlossary;
const XSS = '<img src=x onerror=alert(1)>';
const error = (text: string, name = 'glossary.json') => {
  const result = parseImport(text, name, 1_000);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
};
const ok = (text: string, name: string) => {
  const result = parseImport(text, name, 1_000);
  if (!result.ok) throw new Error(result.error);
  return result.glossary;
};
const header = 'kind,id,term,script,aliases,pinyin,en,meaning,note,replaces,source,created,updated';

describe('JSON import', () => {
  it('round-trips an export exactly, tombstones included', () => {
    expect(ok(toJson(v1), 'x.json')).toEqual(v1);
  });

  it('says the file is empty', () => {
    expect(error('')).toBe('The file is empty.');
    expect(error(' \n\t')).toBe('The file is empty.');
    expect(error('\uFEFF')).toBe('The file is empty.');
  });

  it('names where a truncated or malformed file breaks', () => {
    const text = toJson(v1);
    expect(error(text.slice(0, text.length / 2))).toMatch(/ends too early|line \d+, column \d+/);
    expect(error('{\n  "format": "tifa-personal-glossary",\n  "version": 1,,\n}')).toMatch(/line 3, column 16/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(ok('\uFEFF' + toJson(v1), 'x.json')).toEqual(v1);
  });

  it('names the record and field of a wrong type as the reader knows them', () => {
    const doc = JSON.parse(toJson(v1));
    doc.ownTerms[1].aliases = '東大';
    doc.notes[0].updatedAt = 'yesterday';
    const message = error(JSON.stringify(doc));
    expect(message).toContain('Note 1, Last changed: must be a number (milliseconds since 1970)');
    expect(message).toContain(`Own term 2 (${doc.ownTerms[1].term}), Other forms: must be a list`);
    expect(message).not.toMatch(/ownTerms|notes\[|updatedAt:/);
  });

  it('names a field left out', () => {
    const doc = JSON.parse(toJson(v1));
    delete doc.ownTerms[0].term;
    expect(error(JSON.stringify(doc))).toBe('Own term 1, Term: is missing');
  });

  it('says how many records a list may hold, without the stored field names', () => {
    const doc = JSON.parse(toJson(v1));
    doc.hidden = Array.from({ length: 10_001 }, (_, i) => ({ entryId: `entry-${i}`, updatedAt: 1 }));
    expect(error(JSON.stringify(doc))).toBe('Hidden terms: at most 10,000 can be kept');
  });

  it('formats that count only when the message is shown: every page Tifa reads builds these schemas', async () => {
    // A number formatter cost about 20 ms of the reader's start-up in Chromium (npm run bench).
    vi.resetModules();
    const format = vi.spyOn(Number.prototype, 'toLocaleString');
    try {
      await import('@/utils/personal/schema');
      expect(format).not.toHaveBeenCalled();
    } finally {
      format.mockRestore();
    }
  });

  it('refuses unknown fields, other JSON, and a future version', () => {
    expect(error(JSON.stringify({ ...JSON.parse(toJson(v1)), extra: 1 }))).toMatch(/^extra: is not a glossary as Tifa exports it/);
    expect(error('[1,2]')).toMatch(/not a Tifa glossary export/);
    expect(error('{"version":1}')).toMatch(/field "format"/);
    expect(error(JSON.stringify({ ...JSON.parse(toJson(v1)), version: PERSONAL_VERSION + 1 }))).toMatch(/newer Tifa/);
  });

  it('finds duplicate ids and duplicate terms', () => {
    const doc = JSON.parse(toJson(v1));
    doc.ownTerms[2].id = doc.ownTerms[0].id;
    doc.notes.push({ ...doc.notes[0] });
    const message = error(JSON.stringify(doc));
    expect(message).toContain(`Own term 3 (${doc.ownTerms[2].term}): the same id “own-m3a9x0k2” as own term 1`);
    expect(message).toContain('Note 2: a second note on “new-quality-productive-forces” (the first is number 1)');
  });

  it('refuses a 50 MB file without parsing it', () => {
    const huge = '{"format":"tifa-personal-glossary","notes":["' + 'x'.repeat(50 * 1024 * 1024) + '"]}';
    const start = performance.now();
    expect(error(huge)).toMatch(/too large \(50\.0 MB\).*5 MB/);
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('gives a file’s size to one decimal, never as the limit when it is over it', () => {
    expect(tooLarge(5.4 * 1048576)).toBe('The file is too large (5.4 MB); the largest accepted is 5 MB.');
    expect(tooLarge(5 * 1048576 + 10)).toBe('The file is too large (5.1 MB); the largest accepted is 5 MB.');
    expect(tooLarge(7.96 * 1048576)).toBe('The file is too large (8.0 MB); the largest accepted is 5 MB.');
  });

  it('keeps markup in user text as text', () => {
    const doc = JSON.parse(toJson(v1));
    doc.notes[0].text = XSS;
    doc.ownTerms[0].meaning = XSS;
    const glossary = ok(JSON.stringify(doc), 'x.json');
    expect(glossary.notes[0]!.text).toBe(XSS);
    expect(glossary.ownTerms[0]!.meaning).toBe(XSS);
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, commas and line breaks inside fields, CRLF and LF', () => {
    const parsed = parseCsv('a,"b, ""c""",d\r\n"multi\nline",,"x"\n\nlast');
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['a', 'b, "c"', 'd'] },
        { line: 2, fields: ['multi\nline', '', 'x'] },
        { line: 5, fields: ['last'] },
      ],
    });
  });

  it('names the line of an unclosed quote or stray text after one', () => {
    expect(parseCsv('a,b\n"open,\nstill open')).toEqual({ ok: false, error: expect.stringMatching(/^line 2: a quoted field is never closed/) });
    expect(parseCsv('a\n"x"y')).toEqual({ ok: false, error: expect.stringMatching(/^line 2: text after a closing quote/) });
  });

  it('round-trips notes, own terms and hidden entries, with markup, quotes and line breaks', () => {
    const glossary: PersonalGlossary = {
      ...v1,
      notes: [{ entryId: 'stranglehold', text: `line one, "quoted"\nline two ${XSS}`, updatedAt: 1730800000000 }],
      ownTerms: [{ ...v1.ownTerms[0]!, meaning: '=HYPERLINK("http://evil")', note: '-1' }, ...v1.ownTerms.slice(1)],
      deleted: [],
    };
    const csv = toCsv(glossary);
    expect(csv).toContain(`'=HYPERLINK`); // shown as text by spreadsheets
    expect(ok(csv, 'mine.csv')).toEqual(glossary);
    expect(ok('\uFEFF' + csv, 'mine.csv')).toEqual(glossary);
  });

  it('accepts rows a reader typed in a spreadsheet: no id, no dates', () => {
    const glossary = ok(`${header}\nterm,,新名詞,hant,,,new word,,,,,,\nnote,stranglehold,,,,,,,"my ""note""",,,,\n`, 'typed.csv');
    expect(glossary.ownTerms).toMatchObject([{ id: expect.stringMatching(/^own-/), term: '新名詞', en: 'new word', createdAt: 1_000 }]);
    expect(glossary.notes).toEqual([{ entryId: 'stranglehold', text: 'my "note"', updatedAt: 1_000 }]);
  });

  it('names the line and column of a bad row', () => {
    expect(error(`${header}\nterm,,新名詞,hant\n`, 'x.csv')).toMatch(/^line 2: 4 fields, but the header has 13/);
    expect(error(`${header}\nword,,新名詞,,,,,,,,,,\n`, 'x.csv')).toBe('line 2, column "kind": must be note, term or hidden.');
    expect(error(`${header}\nterm,,新,,,,,,,,,,\n`, 'x.csv')).toMatch(/^line 2, column term: must be two characters/);
    expect(error(`${header}\nterm,,新名詞,,,,,,,,,,soon\n`, 'x.csv')).toMatch(/^line 2, column "updated": must be a date/);
    expect(error(`${header}\n"note","stranglehold",,,,,,,"a\nb",,,,\nterm,,新名詞,,,,,,,,,,\nterm,,新名詞,,,,,,,,,,\n`, 'x.csv')).toBe(
      'line 5: “新名詞” is already own term 1',
    );
    expect(error('kind,id\n', 'x.csv')).toMatch(/^line 1: the header must name the columns/);
    expect(error(`${header},colour\n`, 'x.csv')).toBe('line 1: unknown column "colour".');
  });
});

describe('Anki export', () => {
  it('writes term, reading, meaning and note, tab-separated, with Anki’s headers', () => {
    const entry = { id: 'new-quality-productive-forces', hans: '新质生产力', hant: '新質生產力', pinyin: 'xīn zhì', en: 'new quality productive forces', meaning: 'M' } as GlossaryEntry;
    const tsv = toAnkiTsv({ ...v1, ownTerms: [{ ...v1.ownTerms[0]!, note: 'a\tb' }] }, new Map([[entry.id, entry]]));
    const lines = tsv.split(/\r?\n/);
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Term\tReading\tMeaning\tNote']);
    expect(lines[3]).toBe('低空經濟\tdī kōng jīng jì\tlow-altitude economy — Drones, air taxis and the services around them.\t"a\tb"');
    expect(lines[4]).toBe('新质生产力 / 新質生產力\txīn zhì\tnew quality productive forces — M\tSee Qiushi 2024/11');
  });
});
