// A goal-writing workshop as it runs: the facilitator creates it, people join with the room's code, sort the
// warm-up's situations, write a draft each with the coach's advice, the facilitator groups drafts, the room
// votes and the facilitator keeps the objectives that go into the plan. Every function takes the stored state
// and returns the next one (or throws a DomainError, changing nothing); `version` rises with every change, so
// a screen can ask "anything since version n?".

import type { GoalRuleSetVersion } from '../analysis/goal-rules';
import { ConflictError, InvalidInputError, type FieldError } from '../errors';
import type { Language } from '../../../shared/languages';
import { WARM_UP_CLASSES, WARM_UP_SCENARIOS, type WarmUpClass } from './warm-up-scenarios';
import { MAX_COACHED_KEY_RESULTS, MAX_FIELD_LENGTH } from './coach';

export const WORKSHOP_STATUSES = ['open', 'locked', 'ended'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
export const WORKSHOP_PHASES = ['warm-up', 'writing', 'voting', 'done'] as const;
export type WorkshopPhase = (typeof WORKSHOP_PHASES)[number];
export const NAMINGS = ['named', 'anonymous'] as const;
export type Naming = (typeof NAMINGS)[number];

export const MAX_TITLE = 200;
export const MAX_NAME = 60;
export const MAX_VOTES = 3;
export const MAX_PARTICIPANTS = 200;
export const MAX_GROUPS = 50;
export const MAX_KEPT = 30;
export const DEFAULT_HOURS = 8;
export const MIN_HOURS = 1;
export const MAX_HOURS = 72;
export const CODE_LENGTH = 8;
/** Capital letters and digits a room can read off a projector: no I, L, O, 0 or 1 to mistake. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface WorkshopParticipant {
  id: string;
  /** The hash of the participant's cookie token; the token itself is never stored. */
  tokenHash: string;
  /** Null when the workshop is anonymous. */
  name: string | null;
  joinedAt: string;
  /** The class chosen for each warm-up scenario, by scenario id. */
  warmUp: Record<string, WarmUpClass>;
  /** The groups or drafts this participant voted for, at most MAX_VOTES. */
  votes: string[];
}

export interface DraftText {
  objective: string;
  keyResults: string[];
}

export interface WorkshopDraft extends DraftText {
  id: string;
  participantId: string;
  /** The first draft that said anything, kept to show how far the room came. */
  first: DraftText;
  updatedAt: string;
  /** Rises with each write of this draft. */
  version: number;
}

export interface WorkshopGroup {
  id: string;
  title: string;
  draftIds: string[];
}

export interface KeptObjective {
  id: string;
  title: string;
  keyResults: string[];
  fromDraftIds: string[];
}

export interface Workshop {
  id: string;
  organizationId: string;
  campaignId: string | null;
  title: string;
  languages: Language[];
  departmentIds: string[];
  naming: Naming;
  status: WorkshopStatus;
  phase: WorkshopPhase;
  code: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  /** The goal rules the coach uses, fixed at creation so advice never changes during or after the session. */
  ruleSetVersion: GoalRuleSetVersion;
  revealed: boolean;
  participants: WorkshopParticipant[];
  drafts: WorkshopDraft[];
  groups: WorkshopGroup[];
  kept: KeptObjective[];
  version: number;
  updatedAt: string;
}

export interface WorkshopSpec {
  id: string;
  organizationId: string;
  campaignId: string | null;
  title: string;
  languages: Language[];
  departmentIds: string[];
  naming: Naming;
  code: string;
  createdBy: string;
  ruleSetVersion: GoalRuleSetVersion;
  expiresInHours?: number;
}

const invalid = (errors: FieldError[]): InvalidInputError =>
  new InvalidInputError(
    `The workshop cannot take this: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`,
    { code: 'workshop.invalid', params: {} },
    errors,
  );

function refuseIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw invalid(errors);
}

const tooLong = (field: string, max: number): FieldError => ({
  field,
  message: `is longer than ${max} characters`,
  code: 'workshop.too-long',
  params: { max },
});

function titleProblems(title: string, field = 'title'): FieldError[] {
  const trimmed = title.trim();
  if (trimmed === '') return [{ field, message: 'is required', code: 'workshop.title-required' }];
  return trimmed.length > MAX_TITLE ? [tooLong(field, MAX_TITLE)] : [];
}

/**
 * Maps random bytes to a join code, skipping the bytes that would make some letters likelier than others.
 * Returns null when the bytes ran out first: the caller draws more.
 * @example joinCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7])) // 'ABCDEFGH'
 */
export function joinCode(bytes: Uint8Array): string | null {
  const size = CODE_ALPHABET.length;
  const below = 256 - (256 % size);
  let code = '';
  for (const byte of bytes) {
    if (byte >= below) continue;
    code += CODE_ALPHABET[byte % size];
    if (code.length === CODE_LENGTH) return code;
  }
  return null;
}

/** Whether a text could be a join code at all, before any look-up. */
export const isJoinCode = (text: string): boolean =>
  text.length === CODE_LENGTH && [...text].every((c) => CODE_ALPHABET.includes(c));

const addHours = (at: string, hours: number): string =>
  new Date(Date.parse(at) + hours * 3_600_000).toISOString();

export function createWorkshop(spec: WorkshopSpec, now: string): Workshop {
  const hours = spec.expiresInHours ?? DEFAULT_HOURS;
  const errors = titleProblems(spec.title);
  if (
    spec.languages.length < 1 ||
    spec.languages.length > 2 ||
    new Set(spec.languages).size !== spec.languages.length
  )
    errors.push({
      field: 'languages',
      message: 'must be one or two different languages',
      code: 'workshop.languages-invalid',
    });
  if (!Number.isInteger(hours) || hours < MIN_HOURS || hours > MAX_HOURS)
    errors.push({
      field: 'expiresInHours',
      message: `must be a whole number from ${MIN_HOURS} to ${MAX_HOURS}`,
      code: 'workshop.hours-invalid',
      params: { min: MIN_HOURS, max: MAX_HOURS },
    });
  refuseIfAny(errors);
  return {
    id: spec.id,
    organizationId: spec.organizationId,
    campaignId: spec.campaignId,
    title: spec.title.trim(),
    languages: [...spec.languages],
    departmentIds: [...new Set(spec.departmentIds)],
    naming: spec.naming,
    status: 'open',
    phase: 'warm-up',
    code: spec.code,
    createdBy: spec.createdBy,
    createdAt: now,
    expiresAt: addHours(now, hours),
    ruleSetVersion: spec.ruleSetVersion,
    revealed: false,
    participants: [],
    drafts: [],
    groups: [],
    kept: [],
    version: 1,
    updatedAt: now,
  };
}

/** The status as people meet it: a workshop past its expiry behaves as ended. */
export function statusAt(workshop: Workshop, now: string): WorkshopStatus {
  return Date.parse(now) >= Date.parse(workshop.expiresAt) ? 'ended' : workshop.status;
}

const ended = (): ConflictError =>
  new ConflictError('The workshop has ended: nothing in it can change any more.', {
    code: 'workshop.ended',
    params: {},
  });

/** Refuses any change to a workshop that has ended or expired. */
function refuseIfEnded(workshop: Workshop, now: string): void {
  if (statusAt(workshop, now) === 'ended') throw ended();
}

/** The next state: the change applied, the version raised. */
const next = (workshop: Workshop, change: Partial<Workshop>, now: string): Workshop => ({
  ...workshop,
  ...change,
  version: workshop.version + 1,
  updatedAt: now,
});

export interface Joining {
  participantId: string;
  tokenHash: string;
  name?: string | undefined;
}

export function joinWorkshop(workshop: Workshop, joining: Joining, now: string): Workshop {
  refuseIfEnded(workshop, now);
  if (workshop.status === 'locked')
    throw new ConflictError('The facilitator has locked the room: nobody new can join.', {
      code: 'workshop.locked',
      params: {},
    });
  if (workshop.participants.length >= MAX_PARTICIPANTS)
    throw new ConflictError(`The room is full: at most ${MAX_PARTICIPANTS} people.`, {
      code: 'workshop.full',
      params: { max: MAX_PARTICIPANTS },
    });
  const name = joining.name?.trim() ?? '';
  if (workshop.naming === 'named') {
    if (name === '')
      throw invalid([{ field: 'name', message: 'is required', code: 'workshop.name-required' }]);
    if (name.length > MAX_NAME) throw invalid([tooLong('name', MAX_NAME)]);
  }
  const participant: WorkshopParticipant = {
    id: joining.participantId,
    tokenHash: joining.tokenHash,
    // An anonymous room keeps no name at all, even one that was sent.
    name: workshop.naming === 'named' ? name : null,
    joinedAt: now,
    warmUp: {},
    votes: [],
  };
  return next(workshop, { participants: [...workshop.participants, participant] }, now);
}

export interface WorkshopChange {
  status?: WorkshopStatus | undefined;
  phase?: WorkshopPhase | undefined;
  revealWarmUp?: boolean | undefined;
}

/** The facilitator's controls: open or lock the room, end it for good, move between phases, reveal the warm-up. */
export function changeWorkshop(workshop: Workshop, change: WorkshopChange, now: string): Workshop {
  refuseIfEnded(workshop, now);
  return next(
    workshop,
    {
      status: change.status ?? workshop.status,
      phase: change.phase ?? workshop.phase,
      revealed: change.revealWarmUp ?? workshop.revealed,
    },
    now,
  );
}

const participantOf = (workshop: Workshop, participantId: string): WorkshopParticipant => {
  const participant = workshop.participants.find((p) => p.id === participantId);
  if (!participant)
    throw new ConflictError('You are not a participant of this workshop.', {
      code: 'workshop.not-joined',
      params: {},
    });
  return participant;
};

const withParticipant = (workshop: Workshop, changed: WorkshopParticipant, now: string): Workshop =>
  next(
    workshop,
    { participants: workshop.participants.map((p) => (p.id === changed.id ? changed : p)) },
    now,
  );

/** A participant's warm-up answers, merged over earlier ones; refused once the answers are revealed. */
export function answerWarmUp(
  workshop: Workshop,
  participantId: string,
  answers: Readonly<Record<string, string>>,
  now: string,
): Workshop {
  refuseIfEnded(workshop, now);
  const participant = participantOf(workshop, participantId);
  if (workshop.revealed)
    throw new ConflictError('The warm-up has been revealed: its answers are closed.', {
      code: 'workshop.revealed',
      params: {},
    });
  const errors: FieldError[] = [];
  for (const [scenario, answer] of Object.entries(answers)) {
    if (!WARM_UP_SCENARIOS.some((s) => s.id === scenario))
      errors.push({
        field: `answers.${scenario}`,
        message: 'is not a scenario of the warm-up',
        code: 'workshop.unknown-item',
        params: { id: scenario },
      });
    else if (!(WARM_UP_CLASSES as readonly string[]).includes(answer))
      errors.push({
        field: `answers.${scenario}`,
        message: 'is not okr, kpi or project',
        code: 'workshop.unknown-item',
        params: { id: answer },
      });
  }
  refuseIfAny(errors);
  return withParticipant(
    workshop,
    { ...participant, warmUp: { ...participant.warmUp, ...(answers as Record<string, WarmUpClass>) } },
    now,
  );
}

const isBlank = (d: DraftText): boolean =>
  d.objective.trim() === '' && d.keyResults.every((k) => k.trim() === '');

/**
 * A participant's draft as they have it now: the one writer of their draft, so the last write wins. The
 * first draft that says anything is kept beside it, to compare the room's drafts now with where they began.
 */
export function writeDraft(
  workshop: Workshop,
  participantId: string,
  draft: DraftText,
  draftId: string,
  now: string,
): Workshop {
  refuseIfEnded(workshop, now);
  participantOf(workshop, participantId);
  const errors: FieldError[] = [];
  if (draft.objective.length > MAX_FIELD_LENGTH) errors.push(tooLong('objective', MAX_FIELD_LENGTH));
  if (draft.keyResults.length > MAX_COACHED_KEY_RESULTS)
    errors.push({
      field: 'keyResults',
      message: `has more than ${MAX_COACHED_KEY_RESULTS} key results`,
      code: 'workshop.too-many-key-results',
      params: { max: MAX_COACHED_KEY_RESULTS },
    });
  draft.keyResults.forEach((k, i) => {
    if (k.length > MAX_FIELD_LENGTH) errors.push(tooLong(`keyResults.${i}`, MAX_FIELD_LENGTH));
  });
  refuseIfAny(errors);
  const text: DraftText = { objective: draft.objective, keyResults: [...draft.keyResults] };
  const existing = workshop.drafts.find((d) => d.participantId === participantId);
  if (!existing) {
    const created: WorkshopDraft = {
      id: draftId,
      participantId,
      ...text,
      first: text,
      updatedAt: now,
      version: 1,
    };
    return next(workshop, { drafts: [...workshop.drafts, created] }, now);
  }
  const changed: WorkshopDraft = {
    ...existing,
    ...text,
    // Until a draft says something, its first version is still to come.
    first: isBlank(existing.first) ? text : existing.first,
    updatedAt: now,
    version: existing.version + 1,
  };
  return next(workshop, { drafts: workshop.drafts.map((d) => (d.id === existing.id ? changed : d)) }, now);
}

function unknownDrafts(workshop: Workshop, draftIds: readonly string[], field: string): FieldError[] {
  return draftIds
    .filter((id) => !workshop.drafts.some((d) => d.id === id))
    .map((id) => ({
      field,
      message: `names no draft of the workshop (${id})`,
      code: 'workshop.unknown-item' as const,
      params: { id },
    }));
}

export interface GroupSpec {
  title?: string | undefined;
  draftIds?: string[] | undefined;
}

/** A shared objective the facilitator gathers drafts under; the room may vote for it. */
export function addGroup(
  workshop: Workshop,
  groupId: string,
  spec: Required<GroupSpec>,
  now: string,
): Workshop {
  refuseIfEnded(workshop, now);
  refuseIfAny([...titleProblems(spec.title), ...unknownDrafts(workshop, spec.draftIds, 'draftIds')]);
  if (workshop.groups.length >= MAX_GROUPS)
    throw new ConflictError(`A workshop holds at most ${MAX_GROUPS} groups.`, {
      code: 'workshop.too-many',
      params: { max: MAX_GROUPS },
    });
  const group = { id: groupId, title: spec.title.trim(), draftIds: [...new Set(spec.draftIds)] };
  return next(workshop, { groups: [...workshop.groups, group] }, now);
}

const groupOf = (workshop: Workshop, groupId: string): WorkshopGroup | undefined =>
  workshop.groups.find((g) => g.id === groupId);

/** Renames a group or changes its drafts; undefined when the workshop has no such group. */
export function changeGroup(
  workshop: Workshop,
  groupId: string,
  spec: GroupSpec,
  now: string,
): Workshop | undefined {
  refuseIfEnded(workshop, now);
  const group = groupOf(workshop, groupId);
  if (!group) return undefined;
  refuseIfAny([
    ...(spec.title === undefined ? [] : titleProblems(spec.title)),
    ...unknownDrafts(workshop, spec.draftIds ?? [], 'draftIds'),
  ]);
  const changed: WorkshopGroup = {
    ...group,
    title: spec.title === undefined ? group.title : spec.title.trim(),
    draftIds: spec.draftIds === undefined ? group.draftIds : [...new Set(spec.draftIds)],
  };
  return next(workshop, { groups: workshop.groups.map((g) => (g.id === groupId ? changed : g)) }, now);
}

/** Removes a group and the votes cast for it; undefined when the workshop has no such group. */
export function removeGroup(workshop: Workshop, groupId: string, now: string): Workshop | undefined {
  refuseIfEnded(workshop, now);
  if (!groupOf(workshop, groupId)) return undefined;
  return next(
    workshop,
    {
      groups: workshop.groups.filter((g) => g.id !== groupId),
      participants: workshop.participants.map((p) => ({ ...p, votes: p.votes.filter((v) => v !== groupId) })),
    },
    now,
  );
}

/** A participant's votes, replacing earlier ones: groups or drafts, each once, at most MAX_VOTES, while voting. */
export function castVotes(
  workshop: Workshop,
  participantId: string,
  ids: readonly string[],
  now: string,
): Workshop {
  refuseIfEnded(workshop, now);
  const participant = participantOf(workshop, participantId);
  if (workshop.phase !== 'voting')
    throw new ConflictError('Votes are taken only while the room is voting.', {
      code: 'workshop.wrong-phase',
      params: { phase: workshop.phase },
    });
  const unique = [...new Set(ids)];
  const errors: FieldError[] = [];
  if (unique.length > MAX_VOTES)
    errors.push({
      field: 'ids',
      message: `has more than ${MAX_VOTES} votes`,
      code: 'workshop.too-many-votes',
      params: { max: MAX_VOTES },
    });
  for (const id of unique)
    if (!groupOf(workshop, id) && !workshop.drafts.some((d) => d.id === id))
      errors.push({
        field: 'ids',
        message: `names no group or draft (${id})`,
        code: 'workshop.unknown-item',
        params: { id },
      });
  refuseIfAny(errors);
  return withParticipant(workshop, { ...participant, votes: unique }, now);
}

/** Votes per group or draft id, only those with a vote. */
export function voteCounts(workshop: Workshop): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of workshop.participants) for (const id of p.votes) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}

/** An objective the room keeps, with its key results: what goes into the plan. */
export function keepObjective(
  workshop: Workshop,
  keptId: string,
  spec: Omit<KeptObjective, 'id'>,
  now: string,
): Workshop {
  refuseIfEnded(workshop, now);
  const keyResults = spec.keyResults.map((k) => k.trim()).filter((k) => k !== '');
  const errors = [
    ...titleProblems(spec.title),
    ...unknownDrafts(workshop, spec.fromDraftIds, 'fromDraftIds'),
  ];
  if (keyResults.length > MAX_COACHED_KEY_RESULTS)
    errors.push({
      field: 'keyResults',
      message: `has more than ${MAX_COACHED_KEY_RESULTS} key results`,
      code: 'workshop.too-many-key-results',
      params: { max: MAX_COACHED_KEY_RESULTS },
    });
  keyResults.forEach((k, i) => {
    if (k.length > MAX_FIELD_LENGTH) errors.push(tooLong(`keyResults.${i}`, MAX_FIELD_LENGTH));
  });
  refuseIfAny(errors);
  if (workshop.kept.length >= MAX_KEPT)
    throw new ConflictError(`A workshop keeps at most ${MAX_KEPT} objectives.`, {
      code: 'workshop.too-many',
      params: { max: MAX_KEPT },
    });
  const kept = {
    id: keptId,
    title: spec.title.trim(),
    keyResults,
    fromDraftIds: [...new Set(spec.fromDraftIds)],
  };
  return next(workshop, { kept: [...workshop.kept, kept] }, now);
}

/** Lets a kept objective go; undefined when the workshop kept none by that id. */
export function dropKept(workshop: Workshop, keptId: string, now: string): Workshop | undefined {
  refuseIfEnded(workshop, now);
  if (!workshop.kept.some((k) => k.id === keptId)) return undefined;
  return next(workshop, { kept: workshop.kept.filter((k) => k.id !== keptId) }, now);
}

/** The kept objectives named, in the order asked; refuses an id the workshop did not keep. */
export function keptByIds(workshop: Workshop, keptIds: readonly string[]): KeptObjective[] {
  const errors: FieldError[] = [];
  const found: KeptObjective[] = [];
  for (const id of new Set(keptIds)) {
    const kept = workshop.kept.find((k) => k.id === id);
    if (kept) found.push(kept);
    else
      errors.push({
        field: 'keptIds',
        message: `names no kept objective (${id})`,
        code: 'workshop.unknown-item',
        params: { id },
      });
  }
  refuseIfAny(errors);
  return found;
}

/** An action's description for a kept objective: its key results, one a line. */
export function keptDescription(kept: KeptObjective): string {
  return kept.keyResults.map((k) => `- ${k}`).join('\n');
}
