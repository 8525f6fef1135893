/**
 * The reader's settings as a form, from props only: the popup shows the everyday ones, the
 * options page all of them (with the categories list).
 */
import { CATEGORIES, type Category } from '@/utils/engine/glossary';
import { t, type MessageKey } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';

export interface SettingsFormProps {
  settings: Settings;
  onChange(settings: Settings): void;
  /** Also list the categories (the long list: options page only). */
  withCategories?: boolean;
}

type Choice<K extends keyof Settings> = { key: K; label: MessageKey; options: [Settings[K], MessageKey][] };

const CHOICES = [
  { key: 'language', label: 'settingLanguage', options: [['en', 'languageEn'], ['hans', 'languageHans'], ['hant', 'languageHant']] },
  { key: 'highlight', label: 'settingHighlight', options: [['underline', 'highlightUnderline'], ['background', 'highlightBackground'], ['none', 'highlightNone']] },
  { key: 'density', label: 'settingDensity', options: [['all', 'densityAll'], ['first', 'densityFirst']] },
  { key: 'trigger', label: 'settingTrigger', options: [['hover', 'triggerHover'], ['alt', 'triggerAlt']] },
  { key: 'theme', label: 'settingTheme', options: [['page', 'themePage'], ['system', 'themeSystem'], ['light', 'themeLight'], ['dark', 'themeDark']] },
] satisfies Choice<keyof Settings>[] as Choice<keyof Settings>[];

export const categoryLabel = (category: Category) => t(`category_${category.replace('-', '_')}` as MessageKey);

export function SettingsForm({ settings, onChange, withCategories = false }: SettingsFormProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      {CHOICES.map(({ key, label, options }) => (
        <label class="row" key={key}>
          <span>{t(label)}</span>
          <select name={key} value={String(settings[key])} onChange={(e) => set(key, e.currentTarget.value as never)}>
            {options.map(([value, text]) => (
              <option key={String(value)} value={String(value)}>
                {t(text)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <fieldset class="row">
        <legend>{t('settingReadings')}</legend>
        <label>
          <input type="checkbox" name="pinyin" checked={settings.pinyin} onChange={(e) => set('pinyin', e.currentTarget.checked)} />{' '}
          {t('pinyin')}
        </label>
        <label>
          <input type="checkbox" name="jyutping" checked={settings.jyutping} onChange={(e) => set('jyutping', e.currentTarget.checked)} />{' '}
          {t('jyutping')}
        </label>
      </fieldset>
      <label class="row">
        <span>{t('settingFontSize')}</span>
        <input
          type="range"
          name="fontSize"
          min="12"
          max="24"
          value={settings.fontSize}
          onInput={(e) => set('fontSize', Number(e.currentTarget.value))}
        />
        <output>{settings.fontSize}px</output>
      </label>
      <label class="row">
        <input type="checkbox" name="badge" checked={settings.badge} onChange={(e) => set('badge', e.currentTarget.checked)} />{' '}
        {t('settingBadge')}
      </label>
      <label class="row">
        <input type="checkbox" name="candidates" checked={settings.candidates} onChange={(e) => set('candidates', e.currentTarget.checked)} />{' '}
        {t('settingCandidates')}
      </label>
      {withCategories && (
        <fieldset class="categories">
          <legend>{t('settingCategories')}</legend>
          {(Object.keys(CATEGORIES) as Category[]).map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) =>
                  set(
                    'hiddenCategories',
                    e.currentTarget.checked
                      ? settings.hiddenCategories.filter((c) => c !== category)
                      : [...settings.hiddenCategories, category],
                  )
                }
              />{' '}
              {categoryLabel(category)}
            </label>
          ))}
        </fieldset>
      )}
    </form>
  );
}
