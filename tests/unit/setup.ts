/**
 * The fake browser has no i18n: answer with the extension's real English messages, placeholders
 * filled in the way browsers do, so components render the words readers see.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';

type Message = { message: string; placeholders?: Record<string, { content: string }> };

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const entry = (en as Record<string, Message>)[key];
  if (!entry) return '';
  const subs = ([] as string[]).concat(substitutions ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}) as typeof fakeBrowser.i18n.getMessage;
