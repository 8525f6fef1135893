import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';
import { messageFrom, type Catalog } from '@/utils/locale-messages';
import { translator } from '@/scripts/locale';

const placeholders = (catalog: Catalog) =>
  Object.fromEntries(Object.entries(catalog).map(([key, m]) => [key, (m.message.match(/\$\w+\$/g) ?? []).sort().join(' ')]));

describe('the UI catalogs', () => {
  it('have the same keys and the same placeholders in all three languages', () => {
    expect(placeholders(zhCN as Catalog)).toEqual(placeholders(en as Catalog));
    expect(placeholders(zhTW as Catalog)).toEqual(placeholders(en as Catalog));
  });

  // JSON.parse keeps the last of two equal keys without a word: two branches adding the same key
  // once left one page showing the other's wording.
  it.each(['en', 'zh_CN', 'zh_TW'])('%s names each message once', (locale) => {
    const text = readFileSync(join(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8');
    const keys = [...text.matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(keys.length).toBe(Object.keys(JSON.parse(text)).length);
  });

  it('fill placeholders as browsers do, also for the text tools', () => {
    expect(messageFrom(en as Catalog, 'trendFirstRate', [12, 2023])).toBe('12 per million characters in 2023');
    expect(translator('zh-CN')('trendFirstRate', 12, 2023)).toBe('2023年每百万字12次');
    expect(translator('zh-TW')('trendNoData', '2017–2021')).toBe('2017–2021年無資料');
    expect(messageFrom(en as Catalog, 'no-such-key', [])).toBe('');
  });
});
