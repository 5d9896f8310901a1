// Tally checkpoints as one file per campaign under <data>/tallies/: a first line holding the SHA-256 of the
// rest, then the checkpoint. Written to a temporary file, synced, renamed over the old one and the directory
// synced, so a crash leaves the old checkpoint or the new one; a file whose hash does not match (a torn
// disk, an edit by hand) is reported and read as no checkpoint, and the tally is built from the responses.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TallyCheckpoints } from '../tally-checkpoints';
import { removeFile, replaceFile } from './file-io';

const SAFE_ID = /^[A-Za-z0-9_-]+$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function openEmbeddedTallyCheckpoints(
  dir: string,
  warn: (message: string) => void,
): Promise<TallyCheckpoints> {
  await mkdir(dir, { recursive: true });
  const pathOf = (campaignId: string, suffix = '') => {
    // Ids become file names; anything else would let a crafted id escape the directory.
    if (!SAFE_ID.test(campaignId)) throw new Error(`Unsafe campaign id ${JSON.stringify(campaignId)}`);
    return join(dir, `${campaignId}.tally${suffix}`);
  };
  // A temporary file left by a stop mid-write is never a checkpoint.
  for (const name of await readdir(dir)) {
    if (name.endsWith('.tally.tmp')) await rm(join(dir, name), { force: true });
  }
  /** One write at a time per campaign: two at once would rename over each other's temporary file. */
  const writing = new Map<string, Promise<void>>();

  const write = (campaignId: string, text: string) =>
    replaceFile(pathOf(campaignId), Buffer.from(`${sha256(text)}\n${text}`, 'utf8'));

  return {
    async read(campaignId) {
      let content: string;
      try {
        content = await readFile(pathOf(campaignId), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      const newline = content.indexOf('\n');
      const text = content.slice(newline + 1);
      if (newline !== 64 || content.slice(0, newline) !== sha256(text)) {
        warn(
          `${pathOf(campaignId)}: damaged tally checkpoint ignored; the tally is built from the responses.`,
        );
        return null;
      }
      return text;
    },
    async write(campaignId, text) {
      const previous = writing.get(campaignId) ?? Promise.resolve();
      const next = previous.catch(() => undefined).then(() => write(campaignId, text));
      writing.set(campaignId, next);
      try {
        await next;
      } finally {
        if (writing.get(campaignId) === next) writing.delete(campaignId);
      }
    },
    async remove(campaignId) {
      await removeFile(pathOf(campaignId));
    },
  };
}
