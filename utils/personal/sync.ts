/**
 * Optional mirroring of the personal glossary through the browser's sync storage, which carries it
 * to the reader's other browsers. Local storage stays the source of truth: sync holds a copy, and
 * what does not fit is kept locally only and named in the options page.
 *
 * Sync storage limits (Chrome; Firefox's are the same or looser): 8,192 bytes per item (key plus
 * JSON value, in UTF-8), 102,400 bytes in all, 512 items, 120 writes a minute and 1,800 an hour.
 * So records are packed into as few items as fit (planSync, pure), only changed items are written,
 * in one call, and writes are batched a couple of seconds after the last edit.
 *
 * The background runs the mirror (startSyncMirror): it merges what other browsers synced into local
 * storage and pushes local edits out. Other contexts only write local storage.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { t } from '../i18n';
import { mergeReplicas, sameGlossary } from './merge';
import { EMPTY_PERSONAL, HiddenSchema, NoteSchema, OwnTermSchema, recordKey, TombstoneSchema, type PersonalGlossary } from './schema';
import { loadPersonal, updatePersonal } from './store';

export const SYNC_QUOTA = { itemBytes: 8192, totalBytes: 102_400, maxItems: 512 } as const;
/** Keys of our items in sync storage: `tifa.p.meta` and the chunks `tifa.p.0`, `tifa.p.1`, … */
const PREFIX = 'tifa.p.';
const META_KEY = `${PREFIX}meta`;
/** Room kept for the meta item and for rounding: never plan up to the last byte. */
const RESERVE = 1024;

type SyncRecord = ['n', unknown] | ['t', unknown] | ['h', unknown] | ['x', unknown];

export interface LeftOut {
  /** recordKey of the record. */
  key: string;
  /** The own term, or the bundled entry id a note is on. */
  label: string;
  reason: 'too-large' | 'full';
}

export interface SyncPlan {
  items: Record<string, unknown>;
  synced: number;
  leftOut: LeftOut[];
}

const encoder = new TextEncoder();
/** How sync storage counts an item against its quotas: the key plus the value's JSON, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/**
 * Packs the glossary into sync items. Removals first (small, and they stop removed records
 * returning), then records from the most recently edited, so when space runs out what is left
 * out is the oldest.
 */
export function planSync(glossary: PersonalGlossary): SyncPlan {
  const records: { key: string; label: string; time: number; value: SyncRecord }[] = [
    ...glossary.deleted.map((t) => ({ key: t.key, label: t.key, time: Infinity, value: ['x', t] as SyncRecord })),
    ...glossary.notes.map((n) => ({ key: recordKey.note(n), label: n.entryId, time: n.updatedAt, value: ['n', n] as SyncRecord })),
    ...glossary.ownTerms.map((t) => ({ key: recordKey.term(t), label: t.term, time: t.updatedAt, value: ['t', t] as SyncRecord })),
    ...glossary.hidden.map((h) => ({ key: recordKey.hidden(h), label: h.entryId, time: h.updatedAt, value: ['h', h] as SyncRecord })),
  ].sort((a, b) => b.time - a.time);

  const chunks: SyncRecord[][] = [];
  const leftOut: LeftOut[] = [];
  let total = RESERVE;
  let chunk: SyncRecord[] = [];
  let chunkBytes = 0;
  const chunkKey = (index: number) => `${PREFIX}${index}`;
  const close = () => {
    if (chunk.length === 0) return;
    chunks.push(chunk);
    chunk = [];
    chunkBytes = 0;
  };
  for (const record of records) {
    const size = encoder.encode(JSON.stringify(record.value)).length;
    // Alone in an item: key, brackets.
    if (itemBytes(chunkKey(chunks.length + 1), []) + size > SYNC_QUOTA.itemBytes) {
      leftOut.push({ key: record.key, label: record.label, reason: 'too-large' });
      continue;
    }
    const opening = chunk.length === 0;
    const added = opening ? itemBytes(chunkKey(chunks.length), []) + size : size + 1; // + comma
    if (!opening && chunkBytes + added > SYNC_QUOTA.itemBytes) {
      close();
      const reopened = itemBytes(chunkKey(chunks.length), []) + size;
      if (total + reopened > SYNC_QUOTA.totalBytes || chunks.length + 2 > SYNC_QUOTA.maxItems) {
        leftOut.push({ key: record.key, label: record.label, reason: 'full' });
        continue;
      }
      chunk.push(record.value);
      chunkBytes = reopened;
      total += reopened;
      continue;
    }
    if (total + added > SYNC_QUOTA.totalBytes) {
      leftOut.push({ key: record.key, label: record.label, reason: 'full' });
      continue;
    }
    chunk.push(record.value);
    chunkBytes += added;
    total += added;
  }
  close();
  const items: Record<string, unknown> = { [META_KEY]: { version: 1, chunks: chunks.length } };
  chunks.forEach((c, index) => (items[chunkKey(index)] = c));
  return { items, synced: records.length - leftOut.length, leftOut };
}

/** The glossary held in sync items; records that do not validate are skipped. */
export function readSyncItems(items: Record<string, unknown>): PersonalGlossary {
  const meta = items[META_KEY] as { chunks?: unknown } | undefined;
  const count = typeof meta?.chunks === 'number' ? meta.chunks : 0;
  const glossary: PersonalGlossary = { ...EMPTY_PERSONAL, notes: [], ownTerms: [], hidden: [], deleted: [] };
  for (let index = 0; index < count; index++) {
    const chunk = items[`${PREFIX}${index}`];
    if (!Array.isArray(chunk)) continue;
    for (const item of chunk) {
      if (!Array.isArray(item)) continue;
      const [kind, value] = item as [unknown, unknown];
      const parse = <T>(schema: v.GenericSchema<unknown, T>, list: T[]) => {
        const result = v.safeParse(schema, value);
        if (result.success) list.push(result.output);
      };
      if (kind === 'n') parse(NoteSchema, glossary.notes);
      else if (kind === 't') parse(OwnTermSchema, glossary.ownTerms);
      else if (kind === 'h') parse(HiddenSchema, glossary.hidden);
      else if (kind === 'x') parse(TombstoneSchema, glossary.deleted);
    }
  }
  // Merging with an empty copy drops duplicates the same way a merge of two browsers would.
  return mergeReplicas(EMPTY_PERSONAL, glossary);
}

export interface SyncStatus {
  at: number;
  synced: number;
  leftOut: LeftOut[];
  /** Why the last write to sync storage failed, if it did, in the reader's words. */
  error?: string;
  /** The failure was the browser's limit on writes a minute: worth trying again soon. */
  rateLimited?: boolean;
}

export const syncEnabledItem = storage.defineItem<boolean>('local:personalSyncEnabled', { fallback: false });
export const syncStatusItem = storage.defineItem<SyncStatus>('local:personalSyncStatus');

async function ourSyncItems(): Promise<Record<string, unknown>> {
  const all = await browser.storage.sync.get(null);
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(PREFIX)));
}

const RATE_LIMITED = /WriteOperations/i;

/** Chrome's quota errors ("Resource::kMaxWriteOperationsPerMinute quota exceeded") in the reader's words. */
function describeSyncError(message: string): string {
  if (RATE_LIMITED.test(message)) return t('errSyncRate');
  if (/QuotaBytesPerItem/i.test(message)) return t('errSyncItemSize');
  if (/QuotaBytes|MaxItems/i.test(message)) return t('errSyncFull');
  return message;
}

/** Writes the plan's changed items in one call and removes items no longer used. */
export async function pushToSync(glossary: PersonalGlossary): Promise<SyncStatus> {
  const plan = planSync(glossary);
  const status: SyncStatus = { at: Date.now(), synced: plan.synced, leftOut: plan.leftOut };
  try {
    const current = await ourSyncItems();
    const changed = Object.fromEntries(Object.entries(plan.items).filter(([key, value]) => JSON.stringify(current[key]) !== JSON.stringify(value)));
    const stale = Object.keys(current).filter((key) => !(key in plan.items));
    if (Object.keys(changed).length) await browser.storage.sync.set(changed);
    if (stale.length) await browser.storage.sync.remove(stale);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status.error = describeSyncError(message);
    if (RATE_LIMITED.test(message)) status.rateLimited = true;
  }
  return status;
}

export async function pullFromSync(): Promise<PersonalGlossary> {
  return readSyncItems(await ourSyncItems());
}

/** Retry after a write-rate error: Chrome counts writes over the last minute. */
const RETRY_MS = 60_000;
/** Edits close together (typing, several deletes) go out as one write. */
const BATCH_MS = 2_000;

/** For the background: keeps local storage and sync storage in step while sync is on. */
export function startSyncMirror(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void mirror(), delay);
  };
  const mirror = async () => {
    if (!(await syncEnabledItem.getValue())) return;
    const synced = await pullFromSync();
    const local = await loadPersonal();
    const merged = sameGlossary(mergeReplicas(local, synced), local) ? local : await updatePersonal((g) => mergeReplicas(g, synced));
    const status = await pushToSync(merged);
    await syncStatusItem.setValue(status);
    if (status.rateLimited) schedule(RETRY_MS);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ('personal' in changes || 'personalSyncEnabled' in changes)) schedule(BATCH_MS);
    if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith(PREFIX))) schedule(BATCH_MS);
  });
  schedule(0);
}
