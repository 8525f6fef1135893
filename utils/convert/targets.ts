/**
 * The scripts a page can be shown in. Names are opencc-js locales: `cn` Simplified; `t` OpenCC
 * standard Traditional; `hk`, `tw` regional Traditional; `twp` Taiwan with Taiwanese phrases.
 */
export const SCRIPT_TARGETS = ['cn', 't', 'hk', 'tw', 'twp'] as const;
export type ScriptTarget = (typeof SCRIPT_TARGETS)[number];
/** What the page shows: its own text, or one of the targets. */
export type PageScript = 'original' | ScriptTarget;
/** The script a page's original text is read as (OpenCC `from` locales). */
export type SourceScript = 'cn' | 't' | 'hk' | 'tw';

/** In the order the popup lists them; their names are the UI messages `variant_<target>`. */
export const TRADITIONAL_TARGETS = ['t', 'hk', 'tw', 'twp'] as const;
export type TraditionalTarget = (typeof TRADITIONAL_TARGETS)[number];


export const isScriptTarget = (value: unknown): value is ScriptTarget =>
  typeof value === 'string' && (SCRIPT_TARGETS as readonly string[]).includes(value);

/** The `lang` written on converted pages, so the browser picks fonts and glyphs of that script. */
export const LANG_TAGS: Record<ScriptTarget, string> = {
  cn: 'zh-Hans',
  t: 'zh-Hant',
  hk: 'zh-Hant-HK',
  tw: 'zh-Hant-TW',
  twp: 'zh-Hant-TW',
};
