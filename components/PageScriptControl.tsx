/**
 * "Page script": show the current page in its original script, in 简体, or in 繁體 (with its
 * variant), and make the choice a rule for the site. Props only; entrypoints/popup/App.tsx binds it.
 */
import { TRADITIONAL_TARGETS, type PageScript, type TraditionalTarget } from '@/utils/convert/targets';
import { t } from '@/utils/i18n';

export interface PageScriptControlProps {
  /**
   * What the page shows now; null where the page cannot be converted (browser pages); undefined
   * until the page answers (no choice is shown as made, none can be made).
   */
  current: PageScript | null | undefined;
  /** The Traditional variant 繁體 stands for. */
  variant: TraditionalTarget;
  host: string | null;
  /** The site has a rule: its pages always open in the current script. */
  always: boolean;
  onShow(script: PageScript): void;
  onVariant(variant: TraditionalTarget): void;
  onAlways(on: boolean): void;
}

type Choice = 'original' | 'hans' | 'hant';

export function PageScriptControl({ current, variant, host, always, onShow, onVariant, onAlways }: PageScriptControlProps) {
  const choice: Choice | undefined =
    current === undefined ? undefined : current === null || current === 'original' ? 'original' : current === 'cn' ? 'hans' : 'hant';
  const unknown = current === null || current === undefined;
  const choose = (next: Choice) => onShow(next === 'original' ? 'original' : next === 'hans' ? 'cn' : variant);
  const options: [Choice, string, string | undefined][] = [
    ['original', t('pageScriptOriginal'), undefined],
    ['hans', '简体', 'zh-Hans'],
    ['hant', '繁體', 'zh-Hant'],
  ];
  return (
    <form class="page-script" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="script-choice" disabled={unknown}>
        <legend>{t('pageScript')}</legend>
        <div class="segmented">
          {options.map(([value, label, lang]) => (
            <label key={value} lang={lang}>
              <input
                type="radio"
                name="page-script"
                value={value}
                checked={choice === value}
                onChange={() => choose(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="script-options">
        <label class="variant">
          <span>{t('traditionalVariant')}</span>
          <select
            name="traditional-variant"
            value={variant}
            disabled={unknown}
            onChange={(e) => onVariant(e.currentTarget.value as TraditionalTarget)}
          >
            {TRADITIONAL_TARGETS.map((target) => (
              <option key={target} value={target}>
                {t(`variant_${target}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            name="always-script"
            checked={always}
            disabled={unknown || choice === 'original'}
            onChange={(e) => onAlways(e.currentTarget.checked)}
          />
          <span>{t('pageScriptAlways', host ?? t('popupThisSite'))}</span>
        </label>
      </div>
    </form>
  );
}
