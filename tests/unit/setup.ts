/**
 * The fake browser has no i18n: answer with the extension's real English messages, placeholders
 * filled in the way browsers do, so components render the words readers see.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import { messageFrom, type Catalog } from '@/utils/locale-messages';

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
  messageFrom(en as Catalog, key, ([] as string[]).concat(substitutions ?? []))) as typeof fakeBrowser.i18n.getMessage;
