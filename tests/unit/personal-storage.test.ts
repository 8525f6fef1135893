import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addOwnTerm,
  loadBackup,
  loadDamaged,
  loadPersonal,
  PersonalInputError,
  removeNote,
  removeOwnTerm,
  replaceWithImport,
  restoreRecord,
  setHidden,
  setNote,
  undoImport,
  updateOwnTerm,
  watchPersonal,
} from '@/utils/personal';
import { EMPTY_PERSONAL, type PersonalGlossary } from '@/utils/personal/schema';

const XSS = '<img src=x onerror="alert(1)">';
const stored = async () => (await fakeBrowser.storage.local.get('personal')).personal as PersonalGlossary;

describe('personal glossary storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty and keeps notes, own terms and hidden entries', async () => {
    expect(await loadPersonal()).toEqual(EMPTY_PERSONAL);
    await setNote('new-quality-productive-forces', '  See Qiushi 2024/11  ');
    const term = await addOwnTerm({ term: '低空經濟', script: 'hant', en: 'low-altitude economy', aliases: ['低空经济产业', ' '] });
    await setHidden('one-china-principle', true);
    const personal = await loadPersonal();
    expect(personal.notes).toEqual([{ entryId: 'new-quality-productive-forces', text: 'See Qiushi 2024/11', updatedAt: expect.any(Number) }]);
    expect(personal.ownTerms).toEqual([term]);
    expect(term).toMatchObject({ id: expect.stringMatching(/^own-/), term: '低空經濟', aliases: ['低空经济产业'], pinyin: '', note: '' });
    expect(personal.hidden.map((h) => h.entryId)).toEqual(['one-china-principle']);
  });

  it('edits, removes with a tombstone, and restores for undo', async () => {
    const term = await addOwnTerm({ term: '東大' });
    await updateOwnTerm(term.id, { en: 'the Eastern Power', replaces: 'chokehold-technologies' });
    expect((await loadPersonal()).ownTerms[0]).toMatchObject({ id: term.id, en: 'the Eastern Power', replaces: 'chokehold-technologies' });
    await updateOwnTerm(term.id, { replaces: '' });
    expect((await loadPersonal()).ownTerms[0]).not.toHaveProperty('replaces');

    const removed = await removeOwnTerm(term.id);
    expect((await loadPersonal()).ownTerms).toEqual([]);
    expect((await loadPersonal()).deleted).toEqual([{ key: `term:${term.id}`, at: expect.any(Number) }]);
    await restoreRecord(removed!);
    expect((await loadPersonal()).ownTerms).toMatchObject([{ id: term.id, en: 'the Eastern Power' }]);
    expect((await loadPersonal()).deleted).toEqual([]);

    await setNote('stranglehold', 'a note');
    const note = await removeNote('stranglehold');
    expect((await loadPersonal()).notes).toEqual([]);
    await restoreRecord(note!);
    expect((await loadPersonal()).notes).toMatchObject([{ entryId: 'stranglehold', text: 'a note' }]);
    await setNote('stranglehold', '   ');
    expect((await loadPersonal()).notes).toEqual([]);
  });

  it('refuses invalid input with a message for the reader, and stores nothing', async () => {
    await expect(addOwnTerm({ term: '新' })).rejects.toThrow(/two characters/);
    await expect(addOwnTerm({ term: '新'.repeat(41) })).rejects.toThrow(/40 characters/);
    await addOwnTerm({ term: '東大' });
    await expect(addOwnTerm({ term: ' 東大 ' })).rejects.toThrow(PersonalInputError);
    await expect(addOwnTerm({ term: '北大', source: 'javascript:alert(1)' })).rejects.toThrow(/http/);
    await expect(setNote('Not An Id', 'x')).rejects.toThrow();
    await expect(setNote('stranglehold', 'x'.repeat(2001))).rejects.toThrow(/2000/);
    expect((await loadPersonal()).ownTerms).toHaveLength(1);
  });

  it('keeps user text exactly as typed, markup included', async () => {
    await setNote('stranglehold', XSS);
    await addOwnTerm({ term: `${XSS}東大`, meaning: XSS });
    const personal = await loadPersonal();
    expect(personal.notes[0]!.text).toBe(XSS);
    expect(personal.ownTerms[0]).toMatchObject({ term: `${XSS}東大`, meaning: XSS });
  });

  it('tells every watcher about each change', async () => {
    const seen: number[] = [];
    const unwatch = watchPersonal((p) => seen.push(p.ownTerms.length));
    await addOwnTerm({ term: '東大' });
    await addOwnTerm({ term: '西大' });
    unwatch();
    expect(seen).toEqual([1, 2]);
  });

  it('runs quick successive writes one after another', async () => {
    await Promise.all(['一一', '二二', '三三', '四四'].map((term) => addOwnTerm({ term })));
    expect((await loadPersonal()).ownTerms.map((t) => t.term).sort()).toEqual(['一一', '三三', '二二', '四四']);
  });

  it('salvages damaged data, keeps working, and keeps the original aside on the next write', async () => {
    const good = { id: 'own-abcd1234', term: '東大', script: 'hant', aliases: [], pinyin: '', en: '', meaning: '', note: '', createdAt: 1, updatedAt: 1 };
    const raw = {
      version: 1,
      notes: [{ entryId: 'stranglehold', text: 'kept', updatedAt: 5 }, { entryId: 'x', text: 42 }],
      ownTerms: [good, { ...good, id: 'own-zzzz9999' }, 'garbage'],
      hidden: 'not a list',
      deleted: [],
    };
    await fakeBrowser.storage.local.set({ personal: raw });
    const personal = await loadPersonal();
    expect(personal.notes.map((n) => n.text)).toEqual(['kept']);
    expect(personal.ownTerms).toEqual([good]);
    expect(await loadDamaged()).toBeNull(); // reading changes nothing

    await setNote('new-quality-productive-forces', 'new');
    const damaged = await loadDamaged();
    expect(damaged).toMatchObject({ raw, problems: [expect.stringMatching(/4 records could not be read/)] });
    expect((await stored()).notes).toHaveLength(2);

    // A second damage later does not overwrite the copy kept aside.
    await fakeBrowser.storage.local.set({ personal: 'rubbish' });
    expect(await loadPersonal()).toEqual(EMPTY_PERSONAL);
    await setNote('stranglehold', 'again');
    expect((await loadDamaged())!.raw).toEqual(raw);
  });

  it('survives a value from a newer version, keeping the records it can read', async () => {
    const raw = { version: 99, notes: [{ entryId: 'stranglehold', text: 'kept', updatedAt: 5 }], ownTerms: [], hidden: [], deleted: [], newField: {} };
    await fakeBrowser.storage.local.set({ personal: raw });
    expect((await loadPersonal()).notes).toHaveLength(1);
    await addOwnTerm({ term: '東大' });
    expect((await loadDamaged())!.problems[0]).toMatch(/newer Tifa/);
  });

  it('keeps a backup before an import, and undoes it exactly', async () => {
    const kept = await addOwnTerm({ term: '東大', en: 'mine' });
    const imported: PersonalGlossary = {
      ...EMPTY_PERSONAL,
      ownTerms: [{ ...kept, en: 'theirs', updatedAt: kept.updatedAt + 1 }, { ...kept, id: 'own-newone1', term: '西大', en: 'new' }],
    };
    await replaceWithImport(imported);
    expect((await loadBackup())!.glossary.ownTerms).toEqual([kept]);
    expect((await loadPersonal()).ownTerms.map((t) => t.en)).toEqual(['theirs', 'new']);

    const before = (await loadBackup())!.glossary;
    await undoImport();
    expect(await loadPersonal()).toEqual(before); // no removal records for what the import brought
    expect(await loadBackup()).toBeNull();
    await expect(undoImport()).rejects.toThrow(/no import/);
  });
});
