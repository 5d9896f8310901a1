// The lowdb document holding the small, mutable records. Opened with JSONFile directly: JSONFilePreset
// would silently keep everything in memory whenever NODE_ENV is "test".

import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Campaign } from '../../domain/campaign';
import type { Account } from '../../domain/account';
import type { Organization } from '../../domain/organization';
import type { Session } from '../session-repository';
import type { UserInvitation } from '../user-invitation-repository';
import type { SurveyInvitation } from '../../domain/survey-invitation';

export interface Records {
  organizations: Organization[];
  campaigns: Campaign[];
  accounts: Account[];
  sessions: Session[];
  userInvitations: UserInvitation[];
  surveyInvitations: SurveyInvitation[];
}

export type RecordsFile = Low<Records>;

export async function openRecordsFile(path: string): Promise<RecordsFile> {
  const db = new Low<Records>(new JSONFile<Records>(path), {
    organizations: [],
    campaigns: [],
    accounts: [],
    sessions: [],
    userInvitations: [],
    surveyInvitations: [],
  });
  try {
    await db.read();
  } catch (error) {
    throw new Error(
      `Cannot read ${path}: ${(error as Error).message}. Fix or move the file; it was not changed.`,
    );
  }
  db.data.organizations ??= [];
  db.data.campaigns ??= [];
  db.data.accounts ??= [];
  db.data.sessions ??= [];
  db.data.userInvitations ??= [];
  db.data.surveyInvitations ??= [];
  return db;
}

/**
 * A write of the records file shared by everyone who changed it meanwhile. lowdb serialises the whole
 * document on every write, which on a staff list of thousands costs tens of milliseconds; when many
 * respondents submit at once their changes go out together in the next write instead of one write each.
 * Each caller's promise settles once a write that began after its change has finished.
 */
export function coalescedWriter(db: RecordsFile): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = () => {
    const write = db.write().finally(() => {
      if (inFlight === write) inFlight = null;
    });
    inFlight = write;
    return write;
  };
  return () => {
    if (next) return next;
    if (!inFlight) return start();
    // The write in flight serialised the document before this change: follow it with one more.
    const after = inFlight.then(
      () => undefined,
      () => undefined,
    );
    next = after.then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
