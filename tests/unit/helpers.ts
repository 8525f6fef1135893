/** Shared test inputs: the real fold table and glossary, compiled once per test file. */
import { buildGlossary, readCharacterData } from '@/glossary/build';
import type { CharacterData } from '@/glossary/compile';
import { createFoldTable } from '@/utils/engine/fold';
import type { CompiledGlossary } from '@/utils/engine/glossary';

let characters: CharacterData | undefined;
let glossary: CompiledGlossary | undefined;

export const characterData = () => (characters ??= readCharacterData());
export const foldPairs = () => characterData().foldPairs;
export const foldTable = () => createFoldTable(foldPairs());
export const bundledGlossary = () => (glossary ??= buildGlossary());
