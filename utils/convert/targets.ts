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

export const TRADITIONAL_TARGETS = ['t', 'hk', 'tw', 'twp'] as const;
export type TraditionalTarget = (typeof TRADITIONAL_TARGETS)[number];

export const TRADITIONAL_VARIANTS: { target: TraditionalTarget; label: string }[] = [
  { target: 't', label: 'OpenCC standard' },
  { target: 'hk', label: 'Hong Kong' },
  { target: 'tw', label: 'Taiwan' },
  { target: 'twp', label: 'Taiwan, with Taiwanese phrases' },
];

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

/** Short names for menus and the popup. */
export const TARGET_LABELS: Record<ScriptTarget, string> = {
  cn: '简体',
  t: '繁體',
  hk: '繁體（香港）',
  tw: '繁體（台灣）',
  twp: '繁體（台灣用語）',
};
