/**
 * The converters for every (from, to) pair asked for, built on first use and shared by all tabs.
 * Building a Simplified→Traditional converter costs up to a second and about 40 MiB
 * (research/opencc.md §1.4), so they are kept while in use and dropped after a few idle minutes.
 *
 * OpenCC's dictionaries are loaded as a conversion needs them: converting to Simplified (and
 * telling the source script) needs only the Traditional→Simplified ones, 109 KB against 1.2 MB
 * for the full set, so a reader's first 简体 page does not wait for the rest to load.
 */
import { convertJoined } from '@/utils/convert/batch';
import { detectSource, traditionalRegion } from '@/utils/convert/detect';
import { createOverrides, OVERRIDES } from '@/utils/convert/overrides';
import type { ScriptTarget, SourceScript } from '@/utils/convert/targets';

/** How much text the source script is detected from. */
const SAMPLE_CHARS = 4000;
export const IDLE_RELEASE_MS = 5 * 60_000;

type OpenCCModule = typeof import('opencc-js');

let toSimplified: Promise<OpenCCModule> | null = null;
let everything: Promise<OpenCCModule> | null = null;
const openccFor = (to: ScriptTarget) =>
  to === 'cn' ? (toSimplified ??= import('opencc-js/t2cn')) : (everything ??= import('opencc-js'));

export interface ConverterPool {
  /** The converter for one pair, OpenCC followed by the project's overrides. */
  get(from: SourceScript, to: ScriptTarget): Promise<(text: string) => string>;
  /** Starts loading the Traditional→Simplified dictionaries: every detection, and most conversions, need them. */
  warm(): void;
  /** Converts page strings; with `from` null, detects it from them first. */
  convert(texts: string[], from: SourceScript | null, to: ScriptTarget, lang: string): Promise<{ texts: string[]; from: SourceScript }>;
}

export function createConverterPool(idleMs = IDLE_RELEASE_MS): ConverterPool {
  const built = new Map<string, (text: string) => string>();
  let idle: ReturnType<typeof setTimeout> | undefined;

  const get = async (from: SourceScript, to: ScriptTarget) => {
    // Simplified text asked for in Simplified (a site rule meeting a Simplified or English page):
    // nothing to do, and the Traditional→Simplified build has no 'cn' source to build it from.
    if (from === 'cn' && to === 'cn') return (text: string) => text;
    clearTimeout(idle);
    idle = setTimeout(() => built.clear(), idleMs);
    const key = `${from}>${to}`;
    let converter = built.get(key);
    if (!converter) {
      // Converter(), never ConverterFactory(): only Converter() segments phrases (opencc-js #37).
      const opencc = (await openccFor(to)).Converter({ from, to });
      const overrides = createOverrides(OVERRIDES[to]);
      converter = (text) => overrides(opencc(text));
      built.set(key, converter);
    }
    return converter;
  };

  return {
    warm: () => void openccFor('cn'),
    get,
    async convert(texts, from, to, lang) {
      const sample = texts.join('\n').slice(0, SAMPLE_CHARS);
      const source = from ?? detectSource(sample, lang, await get(traditionalRegion(lang), 'cn'));
      return { texts: convertJoined(texts, await get(source, to)), from: source };
    },
  };
}
