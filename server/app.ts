// Wires the application: one router per resource under /api, the OpenAPI document, the error funnel, and
// optionally the built client. The only place where dependencies meet.

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from './app-deps';
import { createCampaignTallies } from './routes/campaign-tallies';
import { prepareOpenCampaignReports } from './routes/campaign-reports';
import { serveClient } from './http/client-assets';
import { problemResponse, toProblem } from './http/problem';
import type { RateLimit } from './http/rate-limit';
import { clientOrigin } from './http/client-origin';
import type { TrustedProxies } from './domain/access/forwarded-client';
import { DEFAULT_SIGN_IN_DELAY, type SignInDelayPolicy } from './domain/access/sign-in-delay';
import { createSignInThrottle } from './http/sign-in-throttle';
import { securityHeaders } from './http/security-headers';
import { sessionMiddleware, type AppEnv } from './http/session';
import { TooLargeError } from './domain/errors';
import { signInRequired } from './http/guard';
import { csrfProtection } from './http/csrf';
import { limitBody } from './http/body-limit';
import { authenticate } from './http/api-token-auth';
import { describeAuthentication } from './http/describe-authentication';
import { apiTokenRoutes } from './routes/api-tokens';
import { sessionRoutes } from './routes/session';
import { userRoutes } from './routes/users';
import { peopleRoutes } from './routes/people';
import { passwordResetRoutes } from './routes/password-resets';
import { campaignRoutes } from './routes/campaigns';
import { campaignExportRoutes } from './routes/campaign-export';
import { boardPdfRoutes } from './routes/board-pdf';
import { nextWaveRoutes } from './routes/next-wave';
import { campaignWaveRoutes } from './routes/campaign-waves';
import { campaignPairwiseRoutes } from './routes/campaign-pairwise';
import { campaignCutRoutes } from './routes/campaign-cuts';
import { campaignQuestionRoutes } from './routes/campaign-questions';
import { waveLineageRoutes } from './routes/wave-lineage';
import { campaignChatRoutes } from './routes/campaign-chat';
import { createCampaignChat } from './routes/chat-posts';
import { campaignMailingRoutes, type ReminderSchedule } from './routes/campaign-mailings';
import { campaignSettingsRoutes } from './routes/campaign-settings';
import { campaignStaffRoutes } from './routes/campaign-staff';
import { staffRetentionRoutes } from './routes/staff-retention';
import { startStaffErasure } from './routes/staff-erasure';
import { MAX_STAFF_CSV_BYTES } from './http/campaign-schemas';
import { demoRoutes } from './routes/demo';
import { organizationRoutes } from './routes/organizations';
import { organizationAdminRoutes } from './routes/organization-admin';
import { organizationFactRoutes } from './routes/organization-facts';
import { questionnaireRoutes } from './routes/questionnaires';
import { DEFAULT_CODE_GUESS_LIMIT, surveyRoutes } from './routes/survey';
import { accessCodeRoutes } from './routes/access-codes';
import { campaignSuspectRoutes } from './routes/campaign-suspects';
import { createSuspectMonitor } from './routes/suspect-monitor';
import { campaignProgressRoutes } from './routes/campaign-progress';
import { actionPlanRoutes } from './routes/action-plan';
import { benchmarkRoutes } from './routes/benchmarks';
import { benchmarkOptInRoutes } from './routes/benchmark-opt-in';
import { campaignBenchmarkRoutes } from './routes/campaign-benchmark';
import { workshopRoutes } from './routes/workshops';
import { workshopParticipantRoutes } from './routes/workshop-participants';
import { healthRoutes } from './routes/health';
import { backupRoutes, type BackupTarget } from './routes/backups';
import { startOwnerNotices } from './mail/owner-notices';
import { isPublicApiPath } from '../shared/public-paths';

const MAX_BODY_BYTES = 256 * 1024;

export interface AppOptions {
  /** Directory of the built client; without it only the API is served. */
  clientDir?: string;
  /** Submissions allowed per client address and window (default 300 a minute); null for no limit. */
  submissionLimit?: RateLimit | null;
  /** Access codes that do not exist tried per client address and window (default 30 in 10 minutes); null for no limit. */
  codeGuessLimit?: RateLimit | null;
  /** Sign-in attempts allowed per client address and window (default 10 a minute); null for no limit. */
  loginLimit?: RateLimit | null;
  /** Password-reset requests per client address and window (default 5 in 15 minutes); null for no limit. */
  passwordResetLimit?: RateLimit | null;
  /** Growing waits between sign-ins per account and address (DEFAULT_SIGN_IN_DELAY); null for none. */
  signInDelay?: SignInDelayPolicy | null;
  /** Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (TRUSTED_PROXIES); by default none. */
  trustedProxies?: TrustedProxies;
  /**
   * Make the open campaigns' reports ready in the background once the app is built (what a start wants;
   * tests that build many apps do not).
   */
  prepareReports?: boolean;
  /** Called with every 5xx, which the client never sees the details of. */
  onServerError?: (error: unknown) => void;
  /** Erase staff lists whose retention has run out, at start and every hour (what a start wants). */
  eraseStaffLists?: boolean;
  /** Look for planned reminders due every so often (a start: every minute); without it none go out by themselves. */
  reminders?: ReminderSchedule | null;
  /** Workshop joins and code look-ups per client address and window (default 300 a minute); null for no limit. */
  workshopJoinLimit?: RateLimit | null;
  /** The embedded data directory and BACKUP_DIR, for POST /api/backups; null or absent with PostgreSQL. */
  backups?: BackupTarget | null;
}

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  // One throttle for every place that checks a password: signing in, and accepting a role as an existing account.
  const signInDelay = options.signInDelay === undefined ? DEFAULT_SIGN_IN_DELAY : options.signInDelay;
  const throttle = signInDelay ? createSignInThrottle(signInDelay, deps.storage.limits) : null;
  // Recent shared-link submissions, in memory only: the survey records them, administrators see the suspects.
  const suspects = createSuspectMonitor(deps.now);
  const tallies = createCampaignTallies(deps.storage, deps.onBackgroundError);
  if (options.prepareReports) setImmediate(() => void prepareOpenCampaignReports(deps, tallies));
  if (options.eraseStaffLists) startStaffErasure(deps);
  // Owners of actions are emailed on the same schedule as planned reminders, and only where mail is set up.
  if (options.reminders) startOwnerNotices(deps, options.reminders);
  // One chat desk for the routes and the reminder scheduler: one post per campaign at a time.
  const chat = createCampaignChat(deps);
  const codeGuessLimit =
    options.codeGuessLimit === undefined ? DEFAULT_CODE_GUESS_LIMIT : options.codeGuessLimit;
  const api = new OpenAPIHono<AppEnv>()
    .route('/', sessionRoutes(deps, options.loginLimit, throttle))
    .route('/', userRoutes(deps, throttle))
    .route('/', peopleRoutes(deps))
    .route('/', passwordResetRoutes(deps, options.passwordResetLimit))
    .route('/', apiTokenRoutes(deps))
    .route('/questionnaires', questionnaireRoutes(deps))
    .route('/organizations', organizationRoutes(deps, tallies))
    .route('/organizations', organizationAdminRoutes(deps, tallies))
    .route('/organizations', actionPlanRoutes(deps))
    .route('/organization-facts', organizationFactRoutes())
    .route('/campaigns', campaignRoutes(deps, tallies))
    .route('/campaigns', campaignExportRoutes(deps))
    .route('/campaigns', boardPdfRoutes(deps, tallies))
    .route('/campaigns', nextWaveRoutes(deps))
    .route('/campaigns', campaignWaveRoutes(deps, tallies))
    .route('/campaigns', campaignPairwiseRoutes(deps, tallies))
    .route('/campaigns', campaignCutRoutes(deps, tallies))
    .route('/campaigns', campaignQuestionRoutes(deps, tallies))
    .route('/campaigns', waveLineageRoutes(deps))
    .route('/campaigns', campaignProgressRoutes(deps))
    .route('/campaigns', campaignSettingsRoutes(deps))
    .route('/campaigns', campaignStaffRoutes(deps))
    .route('/campaigns', staffRetentionRoutes(deps))
    .route('/campaigns', campaignMailingRoutes(deps, chat, options.reminders))
    .route('/campaigns', campaignChatRoutes(deps, chat))
    .route('/campaigns', accessCodeRoutes(deps))
    .route('/campaigns', campaignSuspectRoutes(deps, suspects, tallies))
    .route('/survey', surveyRoutes(deps, options.submissionLimit, { suspects, codeGuessLimit, tallies }))
    .route('/demo', demoRoutes(deps))
    .route('/benchmarks', benchmarkRoutes(deps, tallies))
    .route('/organizations', benchmarkOptInRoutes(deps))
    .route('/campaigns', campaignBenchmarkRoutes(deps, tallies))
    .route('/', workshopRoutes(deps))
    .route('/', workshopParticipantRoutes(deps, options.workshopJoinLimit))
    .route('/backups', backupRoutes(deps, options.backups ?? null));
  api.doc('/openapi.json', {
    openapi: '3.0.0',
    info: {
      title: 'Groundwork API',
      version: '0.1.0',
      description: 'OKR readiness surveys, scores and verdicts.',
    },
    servers: [{ url: '/api' }],
  });
  describeAuthentication(api, isPublicApiPath);

  const app = new OpenAPIHono<AppEnv>();
  // First, so every later step (HSTS, the session cookie, the rate limits) sees the same client.
  app.use(clientOrigin(options.trustedProxies ?? []));
  app.use(securityHeaders());
  // Exactly one credential per request: a session cookie, whose writes must come from this site's own
  // pages, or a personal API token, which no other site can make a browser send.
  app.use(
    '/api/*',
    authenticate(deps, { csrf: csrfProtection(deps.publicUrl ?? null), session: sessionMiddleware(deps) }),
  );
  // Everything but the respondent's survey, signing in and the API description needs a signed-in person;
  // checked before any body is read, so a stranger learns nothing from validation errors.
  app.use('/api/*', async (c, next) => {
    if (!isPublicApiPath(c.req.path) && !c.get('principal')) {
      throw signInRequired();
    }
    await next();
  });
  // No administrative body is anywhere near this, except a staff list; refusing larger ones early protects
  // memory.
  const limit = (maxSize: number) =>
    limitBody(maxSize, () => {
      const maxKb = maxSize / 1024;
      throw new TooLargeError(`A request body may be at most ${maxKb} kB.`, {
        code: 'request.too-large',
        params: { maxKb },
      });
    });
  const staffUpload = /^\/api\/campaigns\/[^/]+\/staff(\/preview)?$/;
  const defaultLimit = limit(MAX_BODY_BYTES);
  const staffLimit = limit(MAX_STAFF_CSV_BYTES + 1024);
  app.use('/api/*', (c, next) => (staffUpload.test(c.req.path) ? staffLimit : defaultLimit)(c, next));
  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500) options.onServerError?.(error);
    return problemResponse(c, problem);
  });
  const noRoute = (c: Context) =>
    problemResponse(c, {
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: `No route for ${c.req.method} ${c.req.path}.`,
      code: 'request.no-route',
      params: { method: c.req.method, path: c.req.path },
    });
  app.notFound(noRoute);
  // For a load balancer: before the client's catch-all, and outside /api with its session and limits.
  app.route('/health', healthRoutes(deps.storage));
  app.route('/api', api);
  // Registered before the client's catch-all, so an unknown API path is a 404 and never the client's HTML.
  app.all('/api/*', noRoute);
  if (options.clientDir) serveClient(app, options.clientDir);
  return app;
}
