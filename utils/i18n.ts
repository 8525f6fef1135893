/**
 * The extension's own words in the browser's language (English, Simplified or Traditional
 * Chinese), from public/_locales. Glossary content has its own language setting.
 */
import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}
