// The workshop API's shapes for the client's pages: the views the server's domain builds (workshop-view.ts),
// imported as types only, and the request bodies as the contract writes them. Once the routes' reply schemas
// are in server/http/api-types.ts, these are read from there instead.

import type { Language } from '../../shared/languages';
import type {
  CheckShares as ServerCheckShares,
  DraftView,
  FacilitatorView,
  JoinInfo as ServerJoinInfo,
  ParticipantView as ServerParticipantView,
  WarmUpScenarioView as ServerScenarioView,
  WorkshopSummary as ServerSummary,
} from '../../server/domain/workshop/workshop-view';
import type { KeptObjective, WorkshopPhase, WorkshopStatus } from '../../server/domain/workshop/workshop';
import type { CoachAdvice as ServerAdvice } from '../../server/domain/workshop/coach';
import type { WarmUpClass as ServerClass } from '../../server/domain/workshop/warm-up-scenarios';

export type WarmUpClass = ServerClass;
export type { WorkshopPhase, WorkshopStatus };
export type Workshop = FacilitatorView;
export type WorkshopDraft = DraftView;
export type CheckShares = ServerCheckShares;
export type CoachAdvice = ServerAdvice;
export type Kept = KeptObjective;
export type JoinInfo = ServerJoinInfo;
export type ParticipantView = ServerParticipantView;
export type WorkshopSummary = ServerSummary;
/** A scenario as either view gives it: the right answer and why only where the reader may see them. */
export type WarmUpScenarioView = Pick<ServerScenarioView, 'id' | 'situation'> &
  Partial<Pick<ServerScenarioView, 'answer' | 'explanation'>>;

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

/** An organization's workshops, newest first, as its list gives them. */
export interface WorkshopList {
  workshops: {
    id: string;
    campaignId: string | null;
    title: string;
    status: WorkshopStatus;
    phase: WorkshopPhase;
    code: string;
    joinUrl: string;
    createdAt: string;
    expiresAt: string;
    participants: number;
  }[];
}

export interface Joined {
  participantId: string;
  workshopId: string;
}

export interface DraftBody {
  objective: string;
  keyResults: string[];
  version?: number;
}

export interface DraftReply {
  advice: CoachAdvice[];
  score: number | null;
  version: number;
}
