// A campaign's responses, copied in the order they are stored, a window at a time: a campaign may hold a
// million, so they are never all in memory. Each window is read by a scan from where the last one stopped,
// cut short once it holds enough, and stored in that order (in one go where the target can, else one by
// one), acknowledged once durable.

import { createHash } from 'node:crypto';
import type { SurveyResponse } from '../../domain/instrument/response';
import type { ResponseRepository } from '../response-repository';

const WINDOW = 2_000;
/** Thrown from a scan's visit to stop it: the scan ends and closes what it read. */
const ENOUGH = new Error('window full');

/** Resolves with how many were copied. */
export async function copyResponses(
  from: ResponseRepository,
  to: ResponseRepository,
  campaignId: string,
): Promise<number> {
  let copied = 0;
  for (;;) {
    const window: SurveyResponse[] = [];
    try {
      await from.scan(
        campaignId,
        (response) => {
          window.push(response);
          if (window.length === WINDOW) throw ENOUGH;
        },
        { from: copied },
      );
    } catch (error) {
      if (error !== ENOUGH) throw error;
    }
    if (to.appendMany) await to.appendMany(campaignId, window);
    else for (const response of window) await to.append(response);
    copied += window.length;
    if (window.length < WINDOW) return copied;
  }
}

/**
 * The response ids in stored order, folded into one digest, with how many there are: two storages holding
 * the same responses in the same order give the same digest.
 */
export async function orderDigest(
  responses: ResponseRepository,
  campaignId: string,
): Promise<{ count: number; digest: string }> {
  const hash = createHash('sha256');
  const count = await responses.scan(campaignId, (response) => hash.update(`${response.id}\n`), {
    texts: false,
  });
  return { count, digest: hash.digest('hex') };
}
