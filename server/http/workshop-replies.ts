// What the workshop endpoints take and answer. The views' shapes are checked against the domain's types at
// compile time (workshop-view.ts); lengths, phases and ids are the domain's to judge, which names each field
// at fault with its own code, so the request schemas below only bound what a request may carry.

import { z } from '@hono/zod-openapi';
import {
  COACH_CHECKS,
  MAX_COACHED_KEY_RESULTS,
  MAX_FIELD_LENGTH,
  type CoachAdvice,
} from '../domain/workshop/coach';
import { WARM_UP_CLASSES } from '../domain/workshop/warm-up-scenarios';
import {
  MAX_HOURS,
  MAX_NAME,
  MAX_VOTES,
  MIN_HOURS,
  NAMINGS,
  WORKSHOP_PHASES,
  WORKSHOP_STATUSES,
} from '../domain/workshop/workshop';
import type {
  FacilitatorView,
  JoinInfo,
  ParticipantView,
  WorkshopSummary,
} from '../domain/workshop/workshop-view';
import { LanguageSchema, LocalTextSchema } from './local-text-schema';
import { schemaOf } from './schema-matches';

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const Text = (max: number) => z.string().max(max);

const CheckSchema = z.enum(
  COACH_CHECKS['2'] as unknown as readonly [CoachAdvice['check'], ...CoachAdvice['check'][]],
);
const ClassSchema = z.enum(WARM_UP_CLASSES);
const ClassCounts = z.strictObject({
  okr: z.number().int(),
  kpi: z.number().int(),
  project: z.number().int(),
});
const Status = z.enum(WORKSHOP_STATUSES);
const Phase = z.enum(WORKSHOP_PHASES);
const Naming = z.enum(NAMINGS);
const Share = z.number().nullable();

export const CoachAdviceSchema = schemaOf<CoachAdvice>()(
  z
    .strictObject({
      check: CheckSchema,
      level: z.enum(['ok', 'advice']),
      target: z.union([z.literal('objective'), z.number().int()]).openapi({
        description: 'The objective (or the draft as a whole), or the index of a key result',
      }),
      message: LocalTextSchema,
    })
    .openapi('CoachAdvice', { description: 'What a coach says on one check: advice, never a block' }),
);

const CheckSharesSchema = z.strictObject({
  check: CheckSchema,
  first: Share.openapi({ description: 'Share of drafts passing the check as first written' }),
  now: Share.openapi({ description: 'Share of drafts passing it now' }),
});

const KeptSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  keyResults: z.array(z.string()),
  fromDraftIds: z.array(z.string()),
});

export const WorkshopSchema = schemaOf<FacilitatorView>()(
  z
    .strictObject({
      id: z.string(),
      organizationId: z.string(),
      campaignId: z.string().nullable(),
      title: z.string(),
      languages: z.array(LanguageSchema),
      departmentIds: z.array(z.string()),
      naming: Naming,
      status: Status.openapi({ description: 'An expired workshop is ended' }),
      phase: Phase,
      code: z.string().openapi({ description: 'The room’s code: 8 capital letters and digits' }),
      joinUrl: z.string().openapi({ description: 'The page a participant joins at, /w/{code}' }),
      expiresAt: z.string(),
      participants: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string().nullable().openapi({ description: 'Null in an anonymous workshop' }),
          joinedAt: z.string(),
        }),
      ),
      warmUp: z.strictObject({
        scenarios: z.array(
          z.strictObject({
            id: z.string(),
            situation: LocalTextSchema,
            answer: ClassSchema,
            explanation: LocalTextSchema,
          }),
        ),
        answers: z
          .record(z.string(), ClassCounts)
          .openapi({ description: 'Per scenario, answers per class' }),
        shareRight: Share,
        revealed: z.boolean(),
      }),
      drafts: z.array(
        z.strictObject({
          id: z.string(),
          participantId: z.string(),
          name: z.string().nullable(),
          objective: z.string(),
          keyResults: z.array(z.string()),
          advice: z.array(CoachAdviceSchema),
          score: Share,
          firstScore: Share,
          updatedAt: z.string(),
          version: z.number().int(),
        }),
      ),
      checks: z.array(CheckSharesSchema),
      needsHelp: z.array(z.string()).openapi({ description: 'Draft ids, lowest score first, at most 5' }),
      groups: z.array(z.strictObject({ id: z.string(), title: z.string(), draftIds: z.array(z.string()) })),
      votes: z.record(z.string(), z.number().int()).openapi({ description: 'Votes per group or draft id' }),
      kept: z.array(KeptSchema),
      version: z.number().int().openapi({ description: 'Rises with every change' }),
    })
    .openapi('Workshop', { description: 'A goal-writing workshop as its facilitator sees it' }),
);

export const WorkshopListSchema = z
  .strictObject({
    workshops: z.array(
      z.strictObject({
        id: z.string(),
        campaignId: z.string().nullable(),
        title: z.string(),
        status: Status,
        phase: Phase,
        code: z.string(),
        joinUrl: z.string(),
        createdAt: z.string(),
        expiresAt: z.string(),
        participants: z.number().int(),
      }),
    ),
  })
  .openapi('WorkshopList', { description: 'An organization’s workshops, newest first' });

export const JoinInfoSchema = schemaOf<JoinInfo>()(
  z
    .strictObject({
      title: z.string(),
      languages: z.array(LanguageSchema),
      naming: Naming,
      status: Status,
      phase: Phase,
    })
    .openapi('WorkshopJoinInfo'),
);

export const JoinedSchema = z
  .strictObject({ participantId: z.string(), workshopId: z.string() })
  .openapi('WorkshopJoined');

export const ParticipantViewSchema = schemaOf<ParticipantView>()(
  z
    .strictObject({
      title: z.string(),
      languages: z.array(LanguageSchema),
      naming: Naming,
      phase: Phase,
      status: Status,
      warmUp: z.strictObject({
        scenarios: z.array(
          z.strictObject({
            id: z.string(),
            situation: LocalTextSchema,
            answer: ClassSchema.optional().openapi({ description: 'Only once revealed' }),
            explanation: LocalTextSchema.optional(),
            counts: ClassCounts.optional(),
          }),
        ),
        myAnswers: z.record(z.string(), ClassSchema),
        revealed: z.boolean(),
        shareRight: Share,
      }),
      myDraft: z
        .strictObject({
          objective: z.string(),
          keyResults: z.array(z.string()),
          advice: z.array(CoachAdviceSchema),
          score: Share,
          version: z.number().int(),
        })
        .nullable(),
      groups: z.array(z.strictObject({ id: z.string(), title: z.string() })),
      myVotes: z.array(z.string()),
      maxVotes: z.number().int(),
    })
    .openapi('WorkshopParticipantView', { description: 'What one participant sees: their own part only' }),
);

export const DraftReplySchema = z
  .strictObject({ advice: z.array(CoachAdviceSchema), score: Share, version: z.number().int() })
  .openapi('WorkshopDraftReply');

export const SummarySchema = schemaOf<WorkshopSummary>()(
  z
    .strictObject({
      title: z.string(),
      languages: z.array(LanguageSchema),
      createdAt: z.string(),
      status: Status,
      participants: z.number().int(),
      drafts: z.number().int(),
      warmUpShareRight: Share,
      checks: z.array(CheckSharesSchema),
      kept: z.array(KeptSchema),
    })
    .openapi('WorkshopSummary'),
);

export const ToPlanReplySchema = z.strictObject({ actionIds: z.array(z.string()) }).openapi('WorkshopToPlan');

export const CreateWorkshopBody = z
  .strictObject({
    title: Text(1000),
    languages: z.array(LanguageSchema).min(1).max(2),
    departmentIds: z.array(Id).max(500),
    naming: Naming,
    campaignId: Id.optional(),
    expiresInHours: z.number().int().min(MIN_HOURS).max(MAX_HOURS).optional(),
  })
  .openapi('CreateWorkshop');

export const ChangeWorkshopBody = z
  .strictObject({ status: Status.optional(), phase: Phase.optional(), revealWarmUp: z.boolean().optional() })
  .openapi('ChangeWorkshop');

export const GroupBody = z
  .strictObject({ title: Text(1000), draftIds: z.array(Id).max(200) })
  .openapi('WorkshopGroup');
export const ChangeGroupBody = z
  .strictObject({ title: Text(1000).optional(), draftIds: z.array(Id).max(200).optional() })
  .openapi('ChangeWorkshopGroup');

export const KeepBody = z
  .strictObject({
    title: Text(1000),
    keyResults: z.array(Text(1000)).max(20),
    fromDraftIds: z.array(Id).max(200),
  })
  .openapi('KeepObjective');

export const ToPlanBody = z
  .strictObject({ keptIds: z.array(Id).min(1).max(50), as: z.enum(['actions', 'pilot-objectives']) })
  .openapi('WorkshopToPlanRequest');

export const JoinBody = z.strictObject({ name: Text(MAX_NAME * 4).optional() }).openapi('JoinWorkshop');

export const WarmUpBody = z
  .strictObject({ answers: z.record(z.string().max(64), z.string().max(20)) })
  .openapi('WorkshopWarmUpAnswers');

export const DraftBody = z
  .strictObject({
    objective: Text(MAX_FIELD_LENGTH),
    keyResults: z.array(Text(MAX_FIELD_LENGTH)).max(MAX_COACHED_KEY_RESULTS),
    version: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'The version the page last saw; last write wins' }),
  })
  .openapi('WorkshopDraft');

export const VotesBody = z.strictObject({ ids: z.array(Id).max(MAX_VOTES) }).openapi('WorkshopVotes');

export const WorkshopParam = z.object({ id: Id });
export const GroupParam = z.object({ id: Id, groupId: Id });
export const KeptParam = z.object({ id: Id, keptId: Id });
export const CodeParam = z.object({
  code: z
    .string()
    .min(1)
    .max(16)
    .regex(/^[A-Za-z0-9]+$/),
});
export const SinceQuery = z.object({
  since: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .openapi({ description: 'Answer 304 when still at this version' }),
});
export const ExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).optional(),
  lang: LanguageSchema.optional(),
});
