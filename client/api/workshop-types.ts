// The workshop API's shapes for the client's pages: each reply as its route's schema declares it
// (server/http/api-types.ts), with the names the pages use, and the request bodies as the contract writes them.

import type { Language } from '../../shared/languages';
import type {
  WorkshopDraftReply,
  WorkshopJoined,
  WorkshopJoinInfo,
  WorkshopListReply,
  WorkshopParticipantView,
  WorkshopSummaryReply,
  WorkshopToPlanReply,
  WorkshopView,
} from '../../server/http/api-types';

export type Workshop = WorkshopView;
export type WorkshopDraft = Workshop['drafts'][number];
export type CheckShares = Workshop['checks'][number];
export type CoachAdvice = WorkshopDraft['advice'][number];
export type Kept = Workshop['kept'][number];
export type WorkshopPhase = Workshop['phase'];
export type WorkshopStatus = Workshop['status'];
export type WarmUpClass = Workshop['warmUp']['scenarios'][number]['answer'];
export type JoinInfo = WorkshopJoinInfo;
export type Joined = WorkshopJoined;
export type ParticipantView = WorkshopParticipantView;
export type WorkshopSummary = WorkshopSummaryReply;
export type WorkshopList = WorkshopListReply;
export type DraftReply = WorkshopDraftReply;
export type ToPlanReply = WorkshopToPlanReply;
/** A scenario as either view gives it: the right answer and why only where the reader may see them. */
export type WarmUpScenarioView = Pick<Workshop['warmUp']['scenarios'][number], 'id' | 'situation'> &
  Partial<Pick<Workshop['warmUp']['scenarios'][number], 'answer' | 'explanation'>>;

export interface NewWorkshop {
  title: string;
  languages: Language[];
  departmentIds: string[];
  naming: 'named' | 'anonymous';
  campaignId?: string;
  expiresInHours?: number;
}

export interface WorkshopChange {
  status?: WorkshopStatus;
  phase?: WorkshopPhase;
  revealWarmUp?: boolean;
}

export type NewKept = Omit<Kept, 'id'>;

export interface DraftBody {
  objective: string;
  keyResults: string[];
  version?: number;
}
