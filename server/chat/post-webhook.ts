// One webhook request over HTTP: no redirect followed (a webhook that redirects is not the platform's, and
// following it would post the message somewhere nobody checked), a time limit, and the answer's status,
// Retry-After and body (its first 4 KB: enough for any platform's error).

import type { WebhookRequest } from './chat-platform';

const MAX_BODY = 4096;

export async function postWebhook(
  request: WebhookRequest,
  timeoutMs: number,
): Promise<{ status: number; retryAfter: string | null; body: string }> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: text.slice(0, MAX_BODY),
  };
}
