/**
 * The converter page: one set of OpenCC converters serving every tab, so no tab builds its own
 * (see README, "Page script conversion"). Chrome opens it as an offscreen document, Firefox as
 * a frame of the background page; either way it answers the page scripts' runtime messages.
 */
import { browser } from 'wxt/browser';
import { isConvertRequest, isCopyConverted, type ConvertResponse } from '@/utils/convert/messages';
import { createConverterPool } from './pool';

const pool = createConverterPool();
// Opened for a conversion that is on its way: load the dictionaries it will need meanwhile.
pool.warm();

/**
 * An offscreen document cannot take focus, so navigator.clipboard.writeText fails there; Chrome's
 * documented way is execCommand('copy') on a textarea (developer.chrome.com, offscreen API,
 * reason CLIPBOARD).
 */
function copy(text: string): boolean {
  const field = document.getElementById('clipboard') as HTMLTextAreaElement;
  field.value = text;
  field.select();
  const copied = document.execCommand('copy');
  field.value = '';
  return copied;
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (isConvertRequest(message)) {
    const { texts, from, to, lang } = message;
    return pool.convert(texts, from, to, lang) satisfies Promise<ConvertResponse>;
  }
  if (isCopyConverted(message)) {
    return pool.convert([message.text], null, message.to, '').then(({ texts: [converted = ''] }) => copy(converted));
  }
  return undefined;
});
