// Every schema change, in the order applied. A migration, once released, is never edited: a change to the
// schema is a new one at the end.

import { RECORDS } from './001-records';
import { PLANS_AND_WORKSHOPS } from './002-plans-and-workshops';
import { RESPONSES_AND_PEOPLE } from './003-responses-and-people';
import { INSTANCES } from './004-instances';
import { RESPONSE_COUNTS } from './005-response-counts';
import { CAMPAIGN_CHATS } from './006-campaign-chats';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  RECORDS,
  PLANS_AND_WORKSHOPS,
  RESPONSES_AND_PEOPLE,
  INSTANCES,
  RESPONSE_COUNTS,
  CAMPAIGN_CHATS,
];
