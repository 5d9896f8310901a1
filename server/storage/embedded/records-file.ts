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
