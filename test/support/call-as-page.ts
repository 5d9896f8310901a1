// Calls the API as the person signed in on a page, as their browser would: their session cookie, the site's
// own origin (so the CSRF check passes) and JSON both ways. For browser tests that set data up through the
// API before looking at what a person sees.

import type { Page } from 'playwright-core';

export interface PageReply {
  status: number;
  body: any;
}

export function callAsPage(serverUrl: () => string) {
  return async (page: Page, method: string, path: string, data?: unknown): Promise<PageReply> => {
    const url = serverUrl();
    const res = await page.request.fetch(`${url}${path}`, {
      method,
      headers: { origin: url, 'content-type': 'application/json' },
      ...(data === undefined ? {} : { data: JSON.stringify(data) }),
    });
    const text = await res.text();
    return { status: res.status(), body: text ? JSON.parse(text) : null };
  };
}
