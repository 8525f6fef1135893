/**
 * Chrome's real side panel, opened by a click (the popup's button), is a page the test driver
 * does not list among its pages: it is reached here through the browser's DevTools protocol, as a
 * target of its own, with the protocol's messages to it sent through the browser session
 * (Target.sendMessageToTarget; Playwright's CDP session does not route a flattened child session).
 */
import type { CDPSession } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';

export interface SidePanel {
  /** The value of `expression` evaluated in the panel's page. */
  evaluate<T>(expression: string): Promise<T>;
  /** The panel as the reader sees it, PNG. */
  screenshot(): Promise<Buffer>;
  detach(): Promise<void>;
}

type Reply = { id: number; result?: Record<string, unknown>; error?: { message: string } };
type Target = { targetId: string; url: string };

/** The panel showing `/sidepanel.html`, once it is open (waits up to 10 s). */
export async function attachSidePanel(harness: Harness): Promise<SidePanel> {
  const cdp: CDPSession = await harness.browser.context.browser()!.newBrowserCDPSession();
  const panelTarget = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
    return targetInfos.find((target) => target.url === `chrome-extension://${harness.browser.extensionId}/sidepanel.html`);
  };
  await expect.poll(async () => (await panelTarget()) !== undefined, { timeout: 10_000 }).toBe(true);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: (await panelTarget())!.targetId, flatten: false })) as { sessionId: string };
  let lastId = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const send = (method: string, params: object) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      waiting.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result ?? {})));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  return {
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
        result: { value: T };
        exceptionDetails?: { text: string };
      };
      if (exceptionDetails) throw new Error(`in the side panel: ${exceptionDetails.text}`);
      return result.value;
    },
    async screenshot() {
      const { data } = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      return Buffer.from(data, 'base64');
    },
    detach: () => cdp.detach(),
  };
}
