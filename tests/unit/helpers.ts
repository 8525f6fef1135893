/** Shared test inputs: the real fold table and glossary, compiled once per test file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGlossary, readCharacterData } from '@/glossary/build';
import type { CharacterData } from '@/glossary/compile';
import { createFoldTable } from '@/utils/fold';
import type { CompiledGlossary } from '@/utils/glossary';

let characters: CharacterData | undefined;
let glossary: CompiledGlossary | undefined;

export const characterData = () => (characters ??= readCharacterData());
export const foldPairs = () => characterData().foldPairs;
export const foldTable = () => createFoldTable(foldPairs());
export const bundledGlossary = () => (glossary ??= buildGlossary());

/** The Ta Kung Pao article the project started from, kept in ../shared beside the repository. */
export const SEED_ARTICLE = path.resolve(__dirname, '../../../shared/seeds/000_fd79f2fb093831e2.txt');
export const seedArticle = () => readFileSync(SEED_ARTICLE, 'utf8');
