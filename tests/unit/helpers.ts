/** Shared test inputs: the real fold table and glossary, compiled once per test file. */
import { buildGlossary, readFoldPairs } from '@/glossary/build';
import { createFoldTable } from '@/utils/fold';
import type { CompiledGlossary } from '@/utils/glossary';

let pairs: string | undefined;
let glossary: CompiledGlossary | undefined;

export const foldPairs = () => (pairs ??= readFoldPairs());
export const foldTable = () => createFoldTable(foldPairs());
export const bundledGlossary = () => (glossary ??= buildGlossary());
