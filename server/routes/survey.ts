import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../app-deps';
import { assertAcceptsResponses, campaignPhase, resolveDepartment } from '../domain/campaigns/campaign';
import { InvalidInputError, TooLargeError } from '../domain/errors';
import type { Language } from '../domain/instrument/barrier-model';
import { questionnaireMinutes } from '../domain/instrument/questionnaire-minutes';
import { validateAnswers } from '../domain/instrument/validate-answers';
import { splitCutAnswers, withCutsPage } from '../domain/campaigns/campaign-cuts';
import { assertScoreable } from '../domain/anonymity/scoreable-response';
import { isStorageUnavailable } from '../http/problem';
import { rateLimit, type RateLimit } from '../http/rate-limit';
import { createRouter, jsonBody, jsonResponse, problems } from '../http/router';
import { SubmitResponseBody, TokenParam } from '../http/schemas';
import { ReceiptSchema, SurveyForRespondentSchema } from '../http/survey-replies';
import { guessLimit } from '../http/guess-limit';
import { compressReply } from '../http/compress-reply';
import { limitBody } from '../http/body-limit';
import { normalizeAccessCode } from '../domain/campaigns/access-code';
import { openSurveyToken } from './survey-access';
import type { SuspectMonitor } from './suspect-monitor';
import type { CampaignTallies } from './campaign-tallies';
import { takeSubmission } from './take-submission';

const tags = ['Survey'];

/**
 * The survey page's key for one submission (RFC draft "Idempotency-Key"): random, kept on the device only
 * until the submission is acknowledged. Only its hash is stored, beside the response.
 */
function idempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(header)) {
    const code = 'request.idempotency-key-invalid';
    throw new InvalidInputError(
      'The Idempotency-Key header must be 16 to 128 letters, digits, - or _.',
      { code, params: {} },
      [{ field: 'Idempotency-Key', message: 'must be 16 to 128 letters, digits, - or _', code }],
    );
  }
  return header;
}
/** A complete response is a few kB; anything far larger is not a response. */
const MAX_SUBMISSION_BYTES = 64 * 1024;

/** Per client address; generous, since a whole office may answer through one NAT address. */
export const DEFAULT_SUBMISSION_LIMIT: RateLimit = { limit: 300, windowMs: 60_000 };

/** Per client address: access codes tried that do not exist, before the address must wait. */
export const DEFAULT_CODE_GUESS_LIMIT: RateLimit = { limit: 30, windowMs: 10 * 60_000 };

export function surveyRoutes(
  deps: AppDeps,
  submissionLimit: RateLimit | null = DEFAULT_SUBMISSION_LIMIT,
  checks: { suspects: SuspectMonitor; codeGuessLimit: RateLimit | null; tallies: CampaignTallies },
) {
  const { storage } = deps;
  const load = (token: string) => openSurveyToken(deps, token);

  const router = createRouter();
  if (checks.codeGuessLimit) {
    const limit = guessLimit(checks.codeGuessLimit, {
      isGuess: (c) => normalizeAccessCode(c.req.param('token') ?? '') !== null,
      code: 'request.too-many-code-guesses',
      counters: storage.limits,
    });
    router.use('/:token', limit);
    router.use('/:token/responses', limit);
  }
  // The questionnaire is most of what a respondent's phone loads, often over a slow network.
  router.get('/:token', compressReply());
  if (submissionLimit)
    router.post(
      '/:token/responses',
      rateLimit(submissionLimit, { code: 'request.too-many-submissions', counters: storage.limits }),
    );
  router.use(
    '/:token/responses',
    limitBody(MAX_SUBMISSION_BYTES, () => {
      const maxKb = MAX_SUBMISSION_BYTES / 1024;
      throw new TooLargeError(`A submission may be at most ${maxKb} kB.`, {
        code: 'request.too-large',
        params: { maxKb },
      });
    }),
  );
  return router
    .openapi(
      createRoute({
        method: 'get',
        path: '/{token}',
        tags,
        summary:
          'What a respondent needs to answer: the questionnaire and, on a campaign-wide link, the departments',
        request: { params: TokenParam },
        // 429 after too many access codes that do not exist from one address.
        responses: { 200: jsonResponse(SurveyForRespondentSchema, 'The survey'), ...problems(404, 422, 429) },
      }),
      async (c) => {
        const { campaign, organization, questionnaire, link, invitation, accessCode } = await load(
          c.req.valid('param').token,
        );
        if (invitation && !invitation.started) {
          // "Opened" only feeds tracking: a disk too full to record it must not keep anyone from the survey.
          await storage.surveyInvitations.markStarted(invitation.id).catch((error: unknown) => {
            if (!isStorageUnavailable(error)) throw error;
          });
        }
        const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
        const survey = {
          organizationName: organization.name,
          campaignName: campaign.name,
          status: campaignPhase(campaign, deps.now()),
          opensAt: campaign.opensAt,
          closesAt: campaign.closesAt,
          minGroupSize: campaign.minGroupSize,
          commentMinimum: campaign.commentMinimum,
          languages: campaign.languages,
          minutes: questionnaireMinutes(questionnaire),
          // The campaign's optional questions about people come last, unscored (campaign-cuts.ts).
          questionnaire: withCutsPage(questionnaire.json, campaign),
          department: departments.find((d) => d.id === link.departmentId)?.name ?? null,
          departments: departments.map((d) => ({ id: d.id, name: d.name })),
          personal: invitation
            ? {
                answered: invitation.answered,
                language: invitation.language,
                progressKey: `invitation-${invitation.id}`,
              }
            : null,
          accessCode: accessCode ? { answered: accessCode.answered } : null,
        };
        return c.json(survey, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{token}/responses',
        tags,
        summary: 'Submit a response; 201 only once it is durable on disk',
        request: { params: TokenParam, ...jsonBody(SubmitResponseBody) },
        responses: {
          201: jsonResponse(ReceiptSchema, 'Stored durably'),
          ...problems(400, 403, 404, 409, 413, 422, 429, 503),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const key = idempotencyKey(c.req.header('idempotency-key'));
        const opened = await load(c.req.valid('param').token);
        const { campaign, questionnaire, model, link } = opened;
        const keyHash = key === null ? null : deps.hashToken(`${campaign.id}:${key}`);
        assertAcceptsResponses(campaign, deps.now());
        const departmentId = resolveDepartment(campaign, link, body.departmentId);
        // The answers about people are the campaign's, not the questionnaire's: checked against its cuts.
        const about = splitCutAnswers(campaign, body.answers);
        const answers = {
          ...validateAnswers(questionnaire, about.rest, {
            departmentIds: campaign.departmentIds,
            departmentId,
          }),
          ...about.cuts,
        };
        assertScoreable(questionnaire, model, answers);
        const submittedOn = deps.today();
        // The response carries nothing of the invitation or code; the store spends it with it, or neither.
        const response = {
          id: deps.newId(),
          campaignId: campaign.id,
          departmentId,
          language: body.language as Language,
          submittedOn,
          answers,
        };
        await takeSubmission(deps, checks, opened, response, keyHash);
        return c.json({ received: true as const, submittedOn }, 201);
      },
    );
}
