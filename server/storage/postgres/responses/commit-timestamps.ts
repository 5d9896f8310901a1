// Refuses a server that records commit timestamps: the commit time of a link's spend and of its response would
// be the same instant, kept beside every row version for as long as the server keeps them, pairing a person
// with their answer whatever the tables hold.

import type { PgQueryable } from '../pg-database';

export async function refuseCommitTimestamps(db: PgQueryable): Promise<void> {
  const { rows } = await db.query<{ track_commit_timestamp: string }>('SHOW track_commit_timestamp');
  if (rows[0]?.track_commit_timestamp === 'on') {
    throw new Error(
      'PostgreSQL has track_commit_timestamp on: the commit time of a personal link spent and of its ' +
        'response would match, tying people to their answers. Turn it off (postgresql.conf, then restart) ' +
        'before Groundwork stores responses in this database.',
    );
  }
}
