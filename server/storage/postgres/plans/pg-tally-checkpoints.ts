// Tally checkpoints: one text per campaign, replaced whole in one statement (so a crash leaves the old or the
// new one, and of two written at once the last to commit stays whole).

import type { TallyCheckpoints } from '../../tally-checkpoints';
import type { PgDatabase } from '../pg-database';

export function pgTallyCheckpoints(db: PgDatabase): TallyCheckpoints {
  return {
    async read(campaignId) {
      const { rows } = await db.query<{ checkpoint: string }>(
        'SELECT checkpoint FROM tally_checkpoints WHERE campaign_id = $1',
        [campaignId],
      );
      return rows[0]?.checkpoint ?? null;
    },
    async write(campaignId, text) {
      await db.query(
        `INSERT INTO tally_checkpoints (campaign_id, checkpoint) VALUES ($1, $2)
         ON CONFLICT (campaign_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint`,
        [campaignId, text],
      );
    },
    async remove(campaignId) {
      await db.query('DELETE FROM tally_checkpoints WHERE campaign_id = $1', [campaignId]);
    },
  };
}
