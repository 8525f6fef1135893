/** glossary/holdout/labels.yaml: the hand-labelled sample of our own held-out split. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parse } from 'yaml';

export const HOLDOUT_DIR = path.dirname(fileURLToPath(import.meta.url));
export const LABELS_FILE = path.join(HOLDOUT_DIR, 'labels.yaml');
/** Texts that are in no git mirror (git-ignored). */
export const TEXTS_DIR = path.join(HOLDOUT_DIR, '.texts');

const terms = v.array(v.pipe(v.string(), v.trim(), v.nonEmpty()));
const common = {
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  region: v.picklist(['mainland', 'hong-kong', 'taiwan']),
  date: v.pipe(v.string(), v.isoDate()),
  title: v.optional(v.string()),
  about: v.optional(v.string()),
  formulations: terms,
  not_formulations: v.optional(terms, []),
};
const commit = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/));
const DocumentSchema = v.variant('source', [
  v.strictObject({ ...common, source: v.literal('cctv'), repo: v.string(), commit, path: v.string() }),
  v.strictObject({ ...common, source: v.literal('citizen-news'), repo: v.string(), commit, path: v.pipe(v.string(), v.regex(/article_\d+\.md$/)) }),
  v.strictObject({ ...common, source: v.literal('rthk'), repo: v.string(), commit, path: v.string(), item: v.pipe(v.string(), v.regex(/^\d+$/)), address: v.pipe(v.string(), v.url()) }),
  v.strictObject({ ...common, source: v.literal('taiwan'), publisher: v.string(), file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/)), address: v.pipe(v.string(), v.url()) }),
]);
const LabelsSchema = v.strictObject({ documents: v.array(DocumentSchema) });

export type LabelledDocument = v.InferOutput<typeof DocumentSchema>;

/** The Citizen News article id, which the project's held-out rules name some articles by. */
export const citizenNewsId = (doc: LabelledDocument) =>
  doc.source === 'citizen-news' ? Number(/article_(\d+)\.md$/.exec(doc.path)![1]) : undefined;

export function parseLabels(yamlText: string): LabelledDocument[] {
  return v.parse(LabelsSchema, parse(yamlText)).documents;
}

export const loadLabels = (file = LABELS_FILE) => parseLabels(readFileSync(file, 'utf8'));
