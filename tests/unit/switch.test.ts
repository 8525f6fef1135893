import { describe, expect, it } from 'vitest';
import { isOn, readSwitch } from '@/entrypoints/content/switch';
import { siteScriptOf } from '@/utils/raw-settings';
import { normalizeSettings } from '@/utils/settings';

describe("the bootstrap's switch (settings read without the schema)", () => {
  it.each([
    ['nothing stored', undefined],
    ['not an object', 'broken'],
    ['all three set', { enabled: false, disabledSites: ['a.example', 'b.example'], badge: false }],
    ['damaged fields', { enabled: 'yes', disabledSites: ['a.example', 3], badge: null }],
    ['sites not a list', { disabledSites: 'a.example' }],
  ])('reads %s as the settings schema does', (_, raw) => {
    const full = normalizeSettings(raw);
    expect(readSwitch(raw)).toEqual({ enabled: full.enabled, disabledSites: full.disabledSites, badge: full.badge });
  });

  it('is off everywhere, or on one site', () => {
    expect(isOn(readSwitch({ enabled: false }), 'x.example')).toBe(false);
    expect(isOn(readSwitch({ disabledSites: ['x.example'] }), 'x.example')).toBe(false);
    expect(isOn(readSwitch({ disabledSites: ['x.example'] }), 'y.example')).toBe(true);
  });
});

describe("the page converter's site rule (settings read without the schema)", () => {
  it.each([
    ['nothing stored', undefined],
    ['no rules', { enabled: true }],
    ['a rule for the site', { siteScripts: { 'x.example': 'cn', 'y.example': 'tw' } }],
    ['a rule for another site only', { siteScripts: { 'y.example': 'hk' } }],
    ['one damaged rule among them', { siteScripts: { 'x.example': 'cn', 'y.example': 'klingon' } }],
    ['rules not an object', { siteScripts: ['x.example'] }],
    ['a rule named like an object property', { siteScripts: { toString: 'cn' } }],
  ])('reads %s as the settings schema does', (_, raw) => {
    const rules = normalizeSettings(raw).siteScripts;
    for (const host of ['x.example', 'toString']) {
      expect(siteScriptOf(raw, host)).toBe(Object.hasOwn(rules, host) ? rules[host] : null);
    }
  });
});
