// Every code a problem can carry, in one list. Each is raised where the problem is found (the domain, a
// route, the HTTP layer, or the client for a server it cannot reach), never recovered from a sentence; the
// client words each in the reader's language, and its dictionary must name them all (the type checks it).
// A code is stable: a program may branch on it. The values its sentence needs travel as `params`, named
// after each code below; a code without a note has none.

import { FIELD_PROBLEM_CODES } from '../../shared/field-problems';

/** What can be wrong with a staff list or one of its lines: the codes a staff-list check answers with. */
export const STAFF_LINE_CODES = [
  'staff.file-empty',
  'staff.no-people',
  /** `rows`, `max`. */
  'staff.too-many-people',
  /** `column`, `first`, `second`. */
  'staff.duplicate-column',
  /** One key per missing column (`email`, `department`), holding the headings accepted for it. */
  'staff.missing-columns',
  'staff.email-missing',
  /** `max`. */
  'staff.email-too-long',
  /** `email`. */
  'staff.email-invalid',
  /** `firstLine`. */
  'staff.email-repeated',
  'staff.department-missing',
  /** `department`. */
  'staff.department-unknown',
  /** `max`. */
  'staff.name-too-long',
  /** `language`. */
  'staff.language-unknown',
] as const;

export const PROBLEM_CODES = [
  // Signing in, roles and accounts
  'auth.sign-in-required',
  'auth.credentials-wrong',
  'auth.role-forbids',
  /** It does not exist, or the reader has no role in its organization: the two are not told apart. */
  'resource.not-found',
  'setup.owner-exists',
  'account.password-wrong',
  'account.name-required',
  /** `min` characters. */
  'account.password-too-short',
  'invitation.not-valid',
  'invitation.departments-needed',
  'invitation.account-exists',
  /** Only the owner acts on the owner's account: roles, sessions, password. */
  'people.owner-protected',
  /** A reset link that was used, replaced, has expired, or never existed. */
  'password-reset.not-valid',
  /** No mail server (SMTP_URL) or no public address (PUBLIC_URL): the owner hands out reset links instead. */
  'password-reset.by-email-unavailable',

  // Personal API tokens (api-token.ts): making one, and a token presented as Authorization: Bearer
  /** `name`: the name as written. */
  'api-token.name-taken',
  /** `max`: live tokens one person may hold. */
  'api-token.too-many',
  /** `max` days. */
  'api-token.expiry-invalid',
  'api-token.malformed',
  'api-token.unknown',
  'api-token.expired',
  'api-token.revoked',
  'api-token.account-removed',
  'api-token.beside-cookie',
  /** Refused to a token: the operation needs the person signed in with a browser. */
  'api-token.cookie-only',

  // A write refused as possibly sent by another site: `expected` (the server's origin), `received` (the
  // Origin sent), `contentType`.
  'csrf.origin-missing',
  'csrf.origin-mismatch',
  'csrf.form-content-type',

  // The request itself
  /** Its fields break the request's shape; each field error carries a `field.*` code. */
  'request.invalid',
  'request.malformed',
  /** `maxKb`. */
  'request.too-large',
  /** `retryAfter` seconds, for each of the limits. */
  'request.too-many-submissions',
  'request.too-many-sign-ins',
  'request.too-many-password-attempts',
  'request.too-many-code-guesses',
  'request.too-many-password-resets',
  'request.too-many-joins',
  /** `method`, `path`. */
  'request.no-route',
  /** Refused by the HTTP layer for a reason with no code of its own: `status`. */
  'request.refused',
  'request.idempotency-key-invalid',
  'server.internal',
  'server.storage-unavailable',
  /** Raised by the client: the server answered `status` without a problem it could read. */
  'server.status',
  /** Raised by the client: no answer at all. */
  'network.unreachable',

  // A field's value against the request's shape (field errors of request.invalid), as shared/ reads them
  // from a schema's issues for both sides. They read after the field's name: "name must be at most 120
  // characters". Their values: `expected` (string, number, boolean, array or object), `min`, `max`,
  // `options` (joined with ", "), `keys` (the fields a request does not take).
  ...FIELD_PROBLEM_CODES,

  // Organizations and questionnaires
  /** `first`, `second`: the two names as written. */
  'organization.department-look-alike',
  /** `department`: the id as sent. */
  'organization.department-unknown',
  /** `department`: its name. */
  'organization.department-repeated',
  /** `department`, `campaign`: the names of the department and of a campaign not closed that covers it. */
  'organization.department-in-use',
  /** `campaign`: the name of the open campaign. */
  'organization.campaign-open',
  /** `campaign`: its name. */
  'campaign.still-open',
  /** `responses`: how many the thing to delete holds. */
  'deletion.confirmation-wrong',
  /** `questionnaire`: the id asked for. */
  'questionnaire.unknown',

  // A questionnaire file the server refuses at start, naming the `questionnaire` or the `question` at fault.
  'questionnaire.not-an-object',
  'questionnaire.ids-missing',
  /** `modelVersion`. */
  'questionnaire.model-unknown',
  'questionnaire.question-unnamed',
  'questionnaire.question-repeated',
  /** `type`. */
  'questionnaire.type-unsupported',
  'questionnaire.no-choices',
  'questionnaire.choice-without-value',
  /** `role`. */
  'questionnaire.role-unknown',
  /** `scale`. */
  'questionnaire.scale-unknown',
  'questionnaire.scored-without-scale',
  /** `none`: the value the "none" item must keep. */
  'questionnaire.none-value-changed',
  'questionnaire.agreement-choices',
  /** `referent`. */
  'questionnaire.referent-unknown',
  'questionnaire.knowledge-without-answer',

  // A campaign's life and settings
  /** `status`: the campaign's stored status. */
  'campaign.not-draft',
  'campaign.closing-date-passed',
  /** `status`. */
  'campaign.not-open',
  'campaign.closed',
  /** `settings`: the names of the settings, joined with ", ". */
  'campaign.settings-locked',
  'campaign.settings-invalid',
  'campaign.change-empty',
  'campaign.departments-invalid',
  'campaign.departments-empty',
  /** `department`: the id named. */
  'campaign.department-unknown',
  'wave.from-draft',
  'wave.no-departments-left',
  // Lineage declared between two waves (lineage-declarations.ts); the field codes read after the field's name
  'lineage.invalid',
  'lineage.no-previous-wave',
  'lineage.side-empty',
  /** `unit`: the id as sent. */
  'lineage.unit-unknown',
  /** `unit`: the id as sent. */
  'lineage.unit-repeated',
  /** `unit`: the id as sent; `declaration`: the number (from 1) of the declaration that named it first. */
  'lineage.overlapping',
  'lineage.several-into-several',
  // Benchmarks among organizations (domain/benchmark/)
  /** `version`: the file's format version; `supported`: the one this server reads. */
  'benchmark.format-unsupported',
  /** `questionnaire`, `modelVersion`: as the file names them. */
  'benchmark.unknown-instrument',
  /** `count`: the problems of the file, each a field error. */
  'benchmark.invalid',
  /** `min`. */
  'benchmark.too-few-organizations',
  /** `figure`: the dimension or scale id as the file names it. */
  'benchmark.unknown-figure',
  /** `figure`, `min`. */
  'benchmark.figure-inconsistent',
  /** `min`: fewer organizations than that opted in with a closed campaign, figures shown, on the instrument. */
  'benchmark.nothing-to-export',
  // Backups of the embedded data directory (routes/backups.ts)
  'backup.not-configured',
  'backup.embedded-only',
  'backup.under-way',
  /** `min`. */
  'settings.group-size-too-small',
  'settings.comment-minimum-below-group',
  /** `languages`: those a campaign can run in, joined with ", ". */
  'settings.languages-unknown',
  'settings.closes-before-opening',
  'settings.closes-in-past',
  // Demographic cuts chosen at draft time (campaign-cuts.ts)
  'cuts.unknown',
  'cuts.repeated',
  /** `min`, `max`: how many locations a location cut lists. */
  'cuts.locations-count',
  'cuts.location-blank',
  /** `max`: characters. */
  'cuts.location-too-long',
  'cuts.location-repeated',
  // A report grouped by a cut (campaign-cuts.ts route)
  /** The cut is not one the campaign chose (or no cut at all). */
  'cut.unknown',
  /** `reason`: not-closed or organization-withheld; the file has nothing to show. */
  'cut.not-shown',
  'campaign.facts-invalid',
  'campaign.facts-asked-of-staff',
  'facts.unknown',
  /** `answers`: the answers the fact offers, joined with ", ". */
  'facts.answer-unknown',
  'reporting-group.locked',
  'reporting-group.invalid',
  'reporting-group.too-few-departments',
  /** `department`: its id as sent. */
  'reporting-group.department-unknown',
  /** `department`: its name. */
  'reporting-group.department-grouped',
  'reporting-group.name-taken',
  'reporting-group.unknown',

  // Email templates (field errors of campaign.settings-invalid; they read after the field's name)
  'template.language-missing',
  'template.empty',
  /** `max` characters. */
  'template.too-long',
  'template.multiple-lines',
  'template.link-missing',
  /** `placeholder`: the name between the braces; `placeholders`: those known, joined with ", ". */
  'template.unknown-placeholder',
  'template.stray-braces',
  'template.nested-sections',
  'template.unpaired-brackets',

  // Staff lists: the file, then each line (with `line` where a line is at fault)
  /** `line` when one line holds the quote at fault, `reason` ('quote-not-closed', 'text-after-quote'). */
  'csv.unreadable',
  /** `max`. */
  'csv.too-many-rows',
  ...STAFF_LINE_CODES,
  /** `count`: the problems of the list, each a field error with its `line`. */
  'staff.list-has-problems',
  'staff.nobody-new',
  /** `email`. */
  'staff.not-listed',
  /** `departments` (names joined with ", "), `count`. */
  'staff.shared-link-answers',
  // Keeping and erasing staff lists (staff-retention.ts)
  /** `max` days. */
  'retention.days-out-of-range',
  'retention.list-erased',
  'retention.campaign-running',
  'retention.confirmation-mismatch',

  // Sending links
  'distribution.not-opened',
  /** `max`. */
  'chat.too-many-channels',
  'chat.label-taken',
  'chat.webhook-taken',
  'chat.no-such-channel',
  'chat.no-channels',
  'chat.in-progress',
  'chat.no-such-post',
  /** `platform`: the platform chosen, by its id (feishu, lark, dingtalk, wecom, slack, teams). */
  'chat.webhook-host',
  /** `platform`. */
  'chat.webhook-shape',
  /** `platform`. */
  'chat.secret-not-used',
  'chat.department-unknown',
  'chat.no-secrets-key',
  'chat.not-closed',
  'mailing.no-mail-server',
  'mailing.in-progress',
  'mailing.nobody-to-invite',
  'mailing.nobody-to-remind',
  'mailing.nothing-to-resume',
  /** `max`. */
  'reminder.days-out-of-range',
  'reminder.moment-past',
  /** `max`. */
  'reminder.too-many',
  'reminder.already-planned',
  'reminder.not-planned',
  'reminder.already-sent',

  // Access codes and suspect submissions
  'access-codes.closed',
  'access-codes.department-unknown',
  /** `department`, `places`, `requested`. */
  'access-codes.no-room',
  /** `department`, `unit` (the reporting group holding it, or the department itself). */
  'access-codes.shared-link-answers',
  'suspects.changed',
  'suspects.released',

  // Exporting a campaign's data
  /** `min`: the campaign's minimum group size. */
  'export.nothing-released',

  // Two units of a report compared (campaign-pairwise.ts)
  /** `a` or `b` (or both) is not given. */
  'compare.unit-missing',
  'compare.same-unit',
  /** The unit is not one of the reader's report: not in the campaign, or not among their departments. */
  'compare.unit-unknown',
  /** `min`: the unit is in the reader's report but hidden there, with fewer answers than the minimum. */
  'compare.unit-hidden',

  // The action plan (action-plan.ts)
  /** Some fields of an action cannot be accepted: each is named with its own code below. */
  'action.invalid',
  'action.title-required',
  /** `max` characters. */
  'action.too-long',
  'action.due-invalid',
  'action.owner-name-invalid',
  'action.owner-email-invalid',
  /** The account named as owner holds no role in the organization. */
  'action.owner-unknown',
  /** `department`. */
  'action.department-unknown',
  /** `max` characters. */
  'action.comment-invalid',
  /** A department head changing what is not theirs, or more than progress; a consultant changing anything. */
  'action.change-forbidden',
  /** The campaign named is not one of the organization's. */
  'action.campaign-unknown',

  // The goal-writing workshop (workshop.ts)
  /** Some fields cannot be accepted: each is named with its own code below. */
  'workshop.invalid',
  'workshop.title-required',
  /** `max` characters. */
  'workshop.too-long',
  'workshop.languages-invalid',
  /** `min`, `max` hours. */
  'workshop.hours-invalid',
  'workshop.name-required',
  /** `id`: a scenario, draft, group or kept objective the workshop does not have. */
  'workshop.unknown-item',
  /** `max`. */
  'workshop.too-many-key-results',
  /** `max`. */
  'workshop.too-many-votes',
  /** `max`: groups or kept objectives. */
  'workshop.too-many',
  /** Ended by the facilitator, or past its expiry: nothing changes any more. */
  'workshop.ended',
  'workshop.locked',
  /** `max` participants. */
  'workshop.full',
  /** The browser holds no place in this workshop (it never joined, or joined another). */
  'workshop.not-joined',
  'workshop.revealed',
  /** `phase`: the phase the room is in. */
  'workshop.wrong-phase',
  /** Kept objectives go into a campaign's plan: this workshop was made without one, or it was deleted. */
  'workshop.no-campaign',

  // Answering the survey
  'survey.not-found',
  'survey.not-open',
  /** `day` (YYYY-MM-DD). */
  'survey.opens-on',
  'survey.closed',
  'survey.personal-link-used',
  'access-code.used',
  /** `department`, `places`. */
  'survey.places-taken',
  /** `department`. */
  'survey.shared-link-closed',
  'response.department-unknown',
  /** `scored`, `needed`, `total`: topics with a score, needed and asked. */
  'response.not-scoreable',
  /** `scale`. */
  'response.scale-unanswered',
  'response.answers-invalid',
  // Field errors of response.answers-invalid, reading after the question's name
  'answer.not-an-object',
  'answer.unknown-question',
  /** `max`. */
  'answer.departments-too-many',
  'answer.department-repeated',
  /** `none`. */
  'answer.none-with-departments',
  'answer.own-department',
  'answer.department-unknown',
  /** `choices`, joined with ", ". */
  'answer.not-a-choice',
  'answer.choices-invalid',
  'answer.choice-repeated',
  'answer.not-text',
  /** `max` characters. */
  'answer.too-long',
  /** `min`, `max`. */
  'answer.number-out-of-range',
  'answer.not-boolean',
] as const;

export type ProblemCodeName = (typeof PROBLEM_CODES)[number];
