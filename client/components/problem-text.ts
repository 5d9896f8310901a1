// Every problem the server (or this client) names with a code, worded in both languages: errorText is the
// only reader. A code's sentence gets the problem's params, and the lines of the fields at fault for the
// few problems that list them. Codes of a field's value (field.*, template.*, settings.*, facts.*, answer.*
// and a reporting group's) read after the field's name: errorText puts that name before them.

import type { ProblemCodeName, ProblemParams } from '../../server/domain/errors';
import type { Language } from '../../shared/languages';
import { chatPlatformName } from './chat-platform-text';

type Params = Readonly<ProblemParams>;
/** A code's sentence, given its params and, for a problem listing fields, each field's line. */
export type Wording = (p: Params, fields: readonly string[]) => string;
export type ProblemWording = Record<ProblemCodeName, Wording>;

const number = (value: string | number | undefined, locale: string) =>
  typeof value === 'number' ? value.toLocaleString(locale) : String(value);
const plural = (n: string | number | undefined, one: string, many: string) =>
  `${n} ${Number(n) === 1 ? one : many}`;
/** The placeholders a template may use, as the server lists them, each in its braces. */
const placeholders = (p: Params) =>
  String(p.placeholders ?? '')
    .split(', ')
    .map((name) => `{{${name}}}`);

/** The required columns a staff list's header lacks; the server names each with the headings it accepts. */
const missingColumns = (p: Params) => (['email', 'department'] as const).filter((c) => p[c] !== undefined);
const headings = (p: Params, column: string) => String(p[column]).split(', ');
const ZH_COLUMNS: Readonly<Record<string, string>> = {
  email: '邮箱',
  department: '部门',
  name: '姓名',
  language: '语言',
};
const ZH_TYPES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: '是或否（true/false）',
  array: '列表',
  object: '对象',
};
const EN_TYPES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};
const zhList = (value: string | number | undefined) => String(value).split(', ').join('、');
const EN_STATUS: Readonly<Record<string, string>> = { draft: 'a draft', open: 'open', closed: 'closed' };
const ZH_STATUS: Readonly<Record<string, string>> = { draft: '草稿', open: '进行中', closed: '已结束' };
const EN_SETTINGS: Readonly<Record<string, string>> = {
  minGroupSize: 'the minimum group size',
  commentMinimum: 'the comment minimum',
  languages: 'the languages',
  targetResponseRate: 'the target response rate',
  opensAt: 'the opening date',
  organizationFacts: 'HR’s facts',
};
const ZH_SETTINGS: Readonly<Record<string, string>> = {
  minGroupSize: '最小分组人数',
  commentMinimum: '评论显示门槛',
  languages: '语言',
  targetResponseRate: '目标回复率',
  opensAt: '开始日期',
  organizationFacts: 'HR 提供的组织情况',
};
const settingNames = (value: string | number | undefined, names: Readonly<Record<string, string>>) =>
  String(value)
    .split(', ')
    .map((key) => names[key] ?? key);

const EN: ProblemWording = {
  // Signing in, roles and accounts
  'auth.sign-in-required': () => 'Sign in to continue.',
  'auth.credentials-wrong': () => 'The email address or password is not right.',
  'auth.role-forbids': () => 'Your role does not allow this.',
  'resource.not-found': () =>
    'Not found: it does not exist, or you have no role in the organization it belongs to.',
  'setup.owner-exists': () => 'The owner account already exists. Sign in instead.',
  'account.password-wrong': () => 'The current password is not right.',
  'account.name-required': () => 'Tell us your name to create your account.',
  'account.password-too-short': (p) => `Choose a password of at least ${p.min} characters.`,
  'invitation.not-valid': () =>
    'This invitation link is not valid: it was used already, has expired, or never existed. Ask whoever invited you for a new one.',
  'invitation.departments-needed': () =>
    'A department head needs one or more departments of this organization: tick the departments they lead.',
  'invitation.account-exists': () =>
    'An account with this email address exists already: enter its password to add the new role to it.',
  'people.owner-protected': () => 'Only the owner can change the owner’s roles, sessions or password.',
  'password-reset.not-valid': () =>
    'This link no longer works: it was used already, a newer one was made, or it has expired. Ask for a new one.',
  'password-reset.by-email-unavailable': () =>
    'This server cannot send email, so reset links are not mailed. Ask the owner of Groundwork to make one for you.',
  // Personal API tokens: making one, and a token a program sent
  'api-token.name-taken': (p) => `You already have a token named “${p.name}”: choose another name.`,
  'api-token.too-many': (p) =>
    `You have ${p.max} tokens already, the most one person may hold: revoke one you no longer use.`,
  'api-token.expiry-invalid': (p) => `must be from 1 to ${p.max} days, or never`,
  'api-token.malformed': () =>
    'The Authorization header is not a token: send it as “Authorization: Bearer <token>”.',
  'api-token.unknown': () => 'This API token is not valid.',
  'api-token.expired': () => 'This API token has expired: make a new one.',
  'api-token.revoked': () => 'This API token was revoked.',
  'api-token.account-removed': () => 'The account this API token belongs to no longer exists.',
  'api-token.beside-cookie': () =>
    'This request carried both an API token and a session cookie: send one of them.',
  'api-token.cookie-only': () => 'An API token cannot do this: sign in with a browser instead.',
  // A write refused as possibly sent by another site
  'csrf.origin-missing': (p) =>
    `The server refused this change: the request did not say which site it came from (it had no Origin header). Browsers send one; a script must send Origin: ${p.expected}.`,
  'csrf.origin-mismatch': (p) =>
    `The server refused this change: it came from ${p.received}, but changes are accepted only from the server's own pages at ${p.expected}. Open Groundwork at ${p.expected} (to a browser, localhost and 127.0.0.1 are different sites), or have the proxy in front of it pass on the address the browser used.`,
  'csrf.form-content-type': (p) =>
    `The server refused this change: it was labelled ${p.contentType}, which a form on any web site can send, and did not say which site it came from. Send JSON as application/json, or send Origin: ${p.expected}.`,
  // The request itself
  'request.invalid': (_p, fields) =>
    fields.length > 0
      ? `Some of what was entered cannot be taken: ${fields.join('; ')}.`
      : 'Some of what was entered cannot be taken.',
  'request.malformed': () => 'The server could not read this request. Reload the page and try again.',
  'request.too-large': (p) => `This is too large to send: at most ${p.maxKb} kB can be sent at once.`,
  'request.too-many-submissions': (p) =>
    `Too many answers have come from this network in a short time. Please try again in ${plural(p.retryAfter, 'second', 'seconds')}.`,
  'request.too-many-sign-ins': (p) =>
    `Too many sign-in attempts from this network. Try again in ${plural(p.retryAfter, 'second', 'seconds')}.`,
  'request.too-many-password-attempts': (p) =>
    `Too many wrong passwords for this account. Try again in ${plural(p.retryAfter, 'second', 'seconds')}.`,
  'request.too-many-code-guesses': (p) =>
    `Too many codes that do not exist were tried from this network. Please try again in ${plural(p.retryAfter, 'second', 'seconds')}, and check the code on your card.`,
  'request.too-many-password-resets': (p) =>
    `Too many reset links were asked for from this network. Please try again in ${plural(p.retryAfter, 'second', 'seconds')}.`,
  'request.too-many-joins': (p) =>
    `Too many attempts to join from this network. Please try again in ${plural(p.retryAfter, 'second', 'seconds')}.`,
  'request.no-route': (p) =>
    `The server has nothing at ${p.method} ${p.path}. Reload the page and try again.`,
  'request.refused': (p) => `The server refused this request (status ${p.status}).`,
  'request.idempotency-key-invalid': () =>
    'Your answers could not be sent because this page is out of date. Reload the page: your answers on this device are kept.',
  'server.internal': () =>
    'Something went wrong on the server. Nothing was changed. Try again; if it keeps happening, tell whoever runs Groundwork.',
  'server.storage-unavailable': () =>
    'The server cannot save anything right now (its disk or database is full, failing or out of reach). Nothing was changed: try again later.',
  'server.status': (p) => `The server could not answer (status ${p.status}). Try again in a moment.`,
  'network.unreachable': () => 'The server could not be reached. Check the connection and try again.',
  // A field's value against the request's shape
  'field.required': () => 'is required',
  'field.wrong-type': (p) => `must be ${EN_TYPES[String(p.expected)] ?? p.expected}`,
  'field.too-short': (p) => `must be at least ${p.min} characters`,
  'field.too-long': (p) => `must be at most ${p.max} characters`,
  'field.too-small': (p) => `must be at least ${p.min}`,
  'field.too-large': (p) => `must be at most ${p.max}`,
  'field.not-whole-number': () => 'must be a whole number',
  'field.too-few': (p) => `must have at least ${p.min}`,
  'field.too-many': (p) => `must have at most ${p.max}`,
  'field.email-invalid': () => 'must be an email address',
  'field.date-invalid': () => 'must be a date',
  'field.format-invalid': () => 'is not in the right form',
  'field.not-an-option': (p) => `must be one of ${p.options}`,
  'field.unknown': (p) => `does not take ${p.keys}`,
  'field.invalid': () => 'is not valid',
  // Organizations and questionnaires
  'organization.department-look-alike': (p) =>
    `"${p.first}" and "${p.second}" would read as the same department: names that differ only in letter case, spacing, full-width letters or invisible characters count as one. Give each department a name of its own.`,
  'organization.department-unknown': () =>
    'One of these departments no longer belongs to the organization. Reload the page and edit again.',
  'organization.department-repeated': (p) => `"${p.department}" appears twice in the list of departments.`,
  'organization.department-in-use': (p) =>
    `"${p.department}" cannot be removed while campaign "${p.campaign}" covers it and is not closed. Close that campaign, or delete it if it is a draft, then remove the department.`,
  'organization.campaign-open': (p) =>
    `Campaign "${p.campaign}" of this organization is still open. Close it first.`,
  'campaign.still-open': (p) => `Campaign "${p.campaign}" is still open. Close it first.`,
  'deletion.confirmation-wrong': (p) =>
    `This holds ${p.responses} responses, which would be deleted for good. Type its exact name to confirm.`,
  'questionnaire.unknown': (p) =>
    `There is no questionnaire ${p.questionnaire} on this server. Reload the page and choose one from the list.`,
  'questionnaire.not-an-object': () => 'A questionnaire file must hold a JSON object.',
  'questionnaire.ids-missing': () => 'A questionnaire needs "questionnaireId" and "modelVersion".',
  'questionnaire.model-unknown': (p) =>
    `Questionnaire ${p.questionnaire} names model version "${p.modelVersion}", which this server does not know.`,
  'questionnaire.question-unnamed': () => 'A question of the questionnaire has no name.',
  'questionnaire.question-repeated': (p) => `Question ${p.question} appears twice in the questionnaire.`,
  'questionnaire.type-unsupported': (p) =>
    `Question ${p.question} has a type the scoring cannot read: "${p.type}".`,
  'questionnaire.no-choices': (p) => `Question ${p.question} has no choices.`,
  'questionnaire.choice-without-value': (p) => `Question ${p.question} has a choice without a value.`,
  'questionnaire.role-unknown': (p) => `Question ${p.question} has an unknown role "${p.role}".`,
  'questionnaire.scale-unknown': (p) => `Question ${p.question} names an unknown scale "${p.scale}".`,
  'questionnaire.scored-without-scale': (p) => `Question ${p.question} is scored but has no scale.`,
  'questionnaire.none-value-changed': (p) =>
    `Question ${p.question} must keep the value "${p.none}" for its "none" item.`,
  'questionnaire.agreement-choices': (p) =>
    `Question ${p.question} must offer the 1–5 agreement choices and "don't know".`,
  'questionnaire.referent-unknown': (p) => `Question ${p.question} has an unknown referent "${p.referent}".`,
  'questionnaire.knowledge-without-answer': (p) =>
    `Question ${p.question} is a knowledge item without a correct answer.`,
  // A campaign's life and settings
  'campaign.not-draft': (p) =>
    `This campaign is ${EN_STATUS[String(p.status)] ?? p.status}: only a draft can be opened. Reload the page to see it as it is.`,
  'campaign.closing-date-passed': () =>
    'The closing date has already passed: choose a later one before opening the campaign.',
  'campaign.not-open': (p) =>
    `This campaign is ${EN_STATUS[String(p.status)] ?? p.status}: only an open campaign can be closed. Reload the page to see it as it is.`,
  'campaign.closed': () => 'The campaign has closed: it can no longer be changed.',
  'campaign.settings-locked': (p) =>
    `These settings were fixed when the campaign opened and cannot change now: ${settingNames(p.settings, EN_SETTINGS).join(', ')}.`,
  'campaign.settings-invalid': (_p, fields) => `The settings were not saved: ${fields.join('; ')}.`,
  'campaign.change-empty': () => 'names no setting to change',
  'campaign.departments-invalid': () => 'A campaign asks at least one department of its organization.',
  'campaign.departments-empty': () => 'choose at least one department',
  'campaign.department-unknown': () => 'names a department the organization does not have',
  'wave.from-draft': () => 'A draft has no answers to compare a next wave with: open it first.',
  'wave.no-departments-left': () =>
    'None of the departments this wave asked still exists in the organization.',
  'lineage.invalid': (_p, fields) => `The declarations were not saved: ${fields.join('; ')}.`,
  'lineage.no-previous-wave': () =>
    'This campaign has no earlier wave to compare with, so there is nothing to declare about its departments.',
  'lineage.side-empty': () => 'must name at least one department',
  'lineage.unit-unknown': (p) => `names ${p.unit}, which that wave does not report on; reload the page`,
  'lineage.unit-repeated': (p) => `names ${p.unit} twice`,
  'lineage.overlapping': (p) => `names ${p.unit}, which declaration ${p.declaration} already names`,
  'lineage.several-into-several': () =>
    'turns several departments into several: declare which earlier ones became each later one',
  'benchmark.format-unsupported': (p) =>
    `This server reads benchmark files of format version ${p.supported}; this file is version ${p.version}. Export it again from an up-to-date installation.`,
  'benchmark.unknown-instrument': (p) =>
    `This installation has no questionnaire ${p.questionnaire} scored by model version ${p.modelVersion}, so nothing could be placed against this file.`,
  'benchmark.invalid': (_p, fields) => `The benchmark file was not loaded: ${fields.join('; ')}.`,
  'benchmark.too-few-organizations': (p) => `The file must stand on at least ${p.min} organizations`,
  'benchmark.unknown-figure': (p) => `The file names ${p.figure}, which this questionnaire does not score`,
  'benchmark.figure-inconsistent': (p) =>
    `The figure ${p.figure} must stand on at least ${p.min} organizations, no more than the file, with percentiles that never decrease`,
  'benchmark.nothing-to-export': (p) =>
    `Fewer than ${p.min} organizations that opted in have a closed campaign on this questionnaire with their figures shown, so there is no benchmark to export yet.`,
  'backup.not-configured': () =>
    'No backup directory is set: set BACKUP_DIR on the server, or stop it and copy its data directory.',
  'backup.embedded-only': () =>
    'This installation keeps its data in PostgreSQL: back it up with pg_dump or WAL archiving.',
  'backup.under-way': () => 'A backup is already being taken; try again when it has finished.',
  'settings.group-size-too-small': (p) => `must be at least ${p.min}`,
  'settings.comment-minimum-below-group': () => 'must be at least the minimum group size',
  'settings.languages-unknown': () => 'must name English, Chinese or both',
  'settings.closes-before-opening': () => 'must be after the opening date',
  'settings.closes-in-past': () => 'must be in the future',
  'cuts.unknown': () => 'is not a group the survey can ask about',
  'cuts.repeated': () => 'is chosen twice',
  'cuts.locations-count': (p) => `must list ${p.min} to ${p.max} locations`,
  'cuts.location-blank': () => 'must not be blank',
  'cuts.location-too-long': (p) => `must be at most ${p.max} characters`,
  'cuts.location-repeated': () => 'is listed twice',
  'cut.unknown': () => 'This campaign does not ask about that group.',
  'cut.not-shown': (p) =>
    p.reason === 'not-closed'
      ? 'Groups are shown once the campaign is closed.'
      : 'Groups are shown only to readers who see the whole organization.',
  'campaign.facts-invalid': (_p, fields) => `HR’s facts were not saved: ${fields.join('; ')}.`,
  'campaign.facts-asked-of-staff': () =>
    'This questionnaire asks staff about the organization, so HR’s facts must be left out.',
  'facts.unknown': () => 'is not one of the facts HR can state',
  'facts.answer-unknown': (p) => `must be one of the answers offered (${p.answers}), or not given`,
  'reporting-group.locked': () => 'Reporting groups are fixed once the campaign opens.',
  'reporting-group.invalid': (_p, fields) => `The reporting group was not made: ${fields.join('; ')}.`,
  'reporting-group.too-few-departments': () => 'must name at least two departments',
  'reporting-group.department-unknown': () => 'must be departments of this campaign; reload the page',
  'reporting-group.department-grouped': (p) =>
    `must not include ${p.department}, which is already in a group`,
  'reporting-group.name-taken': () => 'is already the name of a department or group',
  'reporting-group.unknown': () =>
    'This reporting group no longer exists. Reload the page to see the groups.',
  // Email templates
  'template.language-missing': () => 'is missing',
  'template.empty': () => 'must not be empty',
  'template.too-long': (p) => `must be at most ${p.max} characters`,
  'template.multiple-lines': () => 'must fit on one line',
  'template.link-missing': () => 'must contain {{link}}, outside any [[optional section]]',
  'template.unknown-placeholder': (p) =>
    `uses an unknown placeholder {{${p.placeholder}}}; use ${placeholders(p).join(', ')}`,
  'template.stray-braces': () => 'has a {{ or }} that is not part of a placeholder',
  'template.nested-sections': () => 'must not nest [[optional sections]]',
  'template.unpaired-brackets': () => 'has a [[ or ]] without its partner',
  // Staff lists
  'csv.unreadable': (p) =>
    p.line === undefined
      ? 'The file could not be read. Save it again as CSV and upload it once more.'
      : p.reason === 'quote-not-closed'
        ? `Line ${p.line}: a double quote (") is never closed, so the file cannot be read. Close the quote, or inside quotes write a quote as "".`
        : p.reason === 'text-after-quote'
          ? `Line ${p.line}: a quoted cell has text after its closing quote, so the file cannot be read. Inside quotes, write a quote as "".`
          : `Line ${p.line}: a double quote (") is never closed, or a quoted cell has text after its closing quote, so the file cannot be read. Inside quotes, write a quote as "".`,
  'csv.too-many-rows': (p) =>
    `The file has more than ${number(p.max, 'en')} rows; split it into smaller files.`,
  'staff.file-empty': () => 'The file is empty: there is nobody in it to invite.',
  'staff.no-people': () =>
    'There is nobody in the file: it has a header line but no people under it. Add one line per person.',
  'staff.too-many-people': (p) =>
    `The file lists ${number(p.rows, 'en')} people; at most ${number(p.max, 'en')} can be imported at once. Split it into smaller files.`,
  'staff.duplicate-column': (p) =>
    `The first line has two ${p.column} columns ("${p.first}" and "${p.second}"); keep only one.`,
  'staff.missing-columns': (p) => {
    const columns = missingColumns(p);
    const advice = columns.map((c) => `${c} (or ${headings(p, c).slice(1).join(', ')})`).join(' and ');
    return `The first line of the file must name its columns, and no ${columns.join(' or ')} column was found. Name ${columns.length === 1 ? 'it' : 'them'} ${advice}.`;
  },
  'staff.email-missing': () => 'The email address is missing.',
  'staff.email-too-long': (p) => `The email address is longer than ${p.max} characters.`,
  'staff.email-invalid': (p) => `"${p.email}" does not look like an email address.`,
  'staff.email-repeated': (p) =>
    `This email address is already on line ${p.firstLine} of the file; list each person once.`,
  'staff.department-missing': () => 'The department is missing.',
  'staff.department-unknown': (p) =>
    `There is no department called "${p.department}". Check the spelling, or add the department to the organization first.`,
  'staff.name-too-long': (p) => `The name is longer than ${p.max} characters.`,
  'staff.language-unknown': (p) =>
    `"${p.language}" is not a language of the survey. Write en (English) or zh-cn (Simplified Chinese), or leave it empty.`,
  'staff.list-has-problems': (p) =>
    `The list has ${plural(p.count, 'problem', 'problems')}; nobody was imported. Check the list again to see ${Number(p.count) === 1 ? 'it' : 'them'} line by line.`,
  'staff.nobody-new': () => 'Everyone in this file is already on the list: there is nobody new to import.',
  'staff.not-listed': (p) => `${p.email} is not on this campaign’s list. Reload the page to see the list.`,
  'staff.shared-link-answers': (p) =>
    `${p.departments} already ${p.count === 1 ? 'holds' : 'hold'} answers through a shared link, so nobody was imported: a person answering with their personal link would be reported beside answers that anyone holding the link could have written, and could be worked out from the report. Import the staff list before any answer comes through a shared link; in this campaign, keep using shared links for ${p.departments}.`,
  // Keeping and erasing staff lists
  'retention.days-out-of-range': (p) => `Choose a whole number of days from 0 to ${p.max}.`,
  'retention.list-erased': () =>
    'This staff list has already been erased; there is nothing left of it to change.',
  'retention.campaign-running': () =>
    'The staff list can be erased only after the campaign has closed: until then people still answer with their links.',
  'retention.confirmation-mismatch': () =>
    'What you typed is not the campaign’s name. Type the name exactly as shown to erase the list.',
  // Sending links
  'distribution.not-opened': () =>
    'Open the campaign before sending links: its settings are fixed at opening.',
  'chat.too-many-channels': (p) => `A campaign can have at most ${p.max} chat channels.`,
  'chat.label-taken': () => 'Another channel of this campaign already has that name.',
  'chat.webhook-taken': () =>
    'That webhook is already a channel of this campaign: its group would get every message twice.',
  'chat.no-such-channel': () => 'This campaign has no such chat channel; it may have been removed.',
  'chat.no-channels': () => 'There is no chat channel to post to. Add one first.',
  'chat.in-progress': () => 'A chat message for this campaign is still going out; wait until it finishes.',
  'chat.no-such-post': () => 'That chat message is not on record.',
  'chat.webhook-host': (p) =>
    `That address is not on ${chatPlatformName(p.platform, 'en')}’s servers. Paste the webhook address the platform gave you.`,
  'chat.webhook-shape': (p) =>
    `That does not look like a ${chatPlatformName(p.platform, 'en')} webhook address. Copy the whole address from the bot’s settings.`,
  'chat.secret-not-used': (p) =>
    `${chatPlatformName(p.platform, 'en')} webhooks have no signing secret; leave that field empty.`,
  'chat.department-unknown': () => 'That department is not part of this campaign.',
  'chat.no-secrets-key': () =>
    'The server has no key to keep webhook addresses secret (the SECRETS_KEY setting). Ask whoever runs it to set one.',
  'chat.not-closed': () => 'The closing notice can be sent once the campaign has closed.',
  'mailing.no-mail-server': () =>
    'No mail server is set up (the SMTP_URL setting). Download the mail-merge file and send the links with your own mail tool.',
  'mailing.in-progress': () => 'A mailing for this campaign is still being sent; wait until it finishes.',
  'mailing.nobody-to-invite': () => 'Everyone on the list has been sent a link already.',
  'mailing.nobody-to-remind': () => 'Nobody who was sent a link is still waiting to answer.',
  'mailing.nothing-to-resume': () => 'The latest mailing was not interrupted, so there is nothing to resume.',
  'reminder.days-out-of-range': (p) =>
    `A reminder goes out from 1 to ${p.max} whole days after the invitations.`,
  'reminder.moment-past': () =>
    'That moment has already passed. To remind people now, send reminders instead.',
  'reminder.too-many': (p) => `At most ${p.max} reminders can wait to go out at a time.`,
  'reminder.already-planned': () => 'A reminder is already planned for that time.',
  'reminder.not-planned': () => 'That reminder is no longer in the plan.',
  'reminder.already-sent': () => 'That reminder has already gone out; it stays in the plan as a record.',
  // Access codes and suspect submissions
  'access-codes.closed': () => 'The campaign has closed: codes could no longer be used.',
  'access-codes.department-unknown': () => 'Choose one of the campaign’s departments.',
  'access-codes.no-room': (p) =>
    `${p.department} has no room for ${plural(p.requested, 'more code', 'more codes')}: its ${p.places} places are already held by answers, unused personal links and unused codes. A department never gets more ways to answer than it has people.`,
  'access-codes.shared-link-answers': (p) =>
    `${p.unit === p.department ? p.department : `${p.unit}, the reporting group of ${p.department},`} already holds answers through a shared link, so it gets no access codes: an answer given with a code would be reported beside answers that anyone holding the link could have written, and could be worked out from the report. Keep using the shared link for ${p.department}.`,
  'suspects.changed': () =>
    'These submissions have changed since they were shown (more came in). Look at them again before deciding.',
  'suspects.released': () =>
    'Some of these submissions already count in the report. Excluding them now would change figures already shown and could give away the answers of people who answered with them or after them, so they stay. Only submissions the report still holds back can be excluded.',
  'compare.unit-missing': () => 'Choose two units to compare.',
  'compare.same-unit': () => 'Choose two different units: a unit compared with itself shows no difference.',
  'compare.unit-unknown': () => 'That unit is not in your report, so it cannot be compared.',
  'compare.unit-hidden': (p) =>
    `That unit has fewer than ${p.min} answers, so the report hides it and it cannot be compared.`,
  'export.nothing-released': (p) =>
    `There is nothing to download yet: answers are released once at least ${p.min} people in a department or reporting group have answered alike, as in the report.`,
  'action.invalid': () => 'The action cannot be saved as it is: see the fields marked.',
  'action.title-required': () => 'needs a title.',
  'action.too-long': (p) => `is longer than ${p.max} characters.`,
  'action.due-invalid': () => 'is not a date (year-month-day).',
  'action.owner-name-invalid': () => 'needs a name of at most 100 characters.',
  'action.owner-email-invalid': () => 'is not an email address.',
  'action.owner-unknown': () =>
    'That person has no role in this organization: name someone else, or give a name and email.',
  'action.department-unknown': (p) => `names a department the organization does not have (${p.department}).`,
  'action.comment-invalid': (p) => `needs some text, at most ${p.max} characters.`,
  'action.change-forbidden': () => 'Your role does not allow this change to the action.',
  'action.campaign-unknown': () => "That campaign is not one of this organization's.",
  'workshop.invalid': () => 'The workshop cannot take this as it is: see the fields marked.',
  'workshop.title-required': () => 'needs a title.',
  'workshop.too-long': (p) => `is longer than ${p.max} characters.`,
  'workshop.languages-invalid': () => 'needs one or two different languages.',
  'workshop.hours-invalid': (p) => `must be a whole number of hours from ${p.min} to ${p.max}.`,
  'workshop.name-required': () => 'needs your name: this workshop shows names.',
  'workshop.unknown-item': (p) => `names something this workshop does not have (${p.id}).`,
  'workshop.too-many-key-results': (p) => `has more than ${p.max} key results.`,
  'workshop.too-many-votes': (p) => `has more than ${p.max} votes.`,
  'workshop.too-many': (p) => `This workshop already holds ${p.max}, the most it can.`,
  'workshop.ended': () => 'This workshop has ended: nothing in it can change any more.',
  'workshop.locked': () => 'The facilitator has closed the room: nobody new can join now.',
  'workshop.full': (p) => `The room is full: at most ${p.max} people can join.`,
  'workshop.not-joined': () =>
    'This browser has not joined the workshop. Open the link or scan the code again.',
  'workshop.revealed': () => 'The answers have been shown to the room, so they can no longer change.',
  'workshop.wrong-phase': () => 'The workshop is not at that step yet, or is past it.',
  'workshop.no-campaign': () =>
    'This workshop has no campaign (it was made without one, or the campaign was deleted), so there is no action plan to add to.',
  // Answering the survey (read by respondents)
  'survey.not-found': () => 'There is no survey at this link. Check that the link is complete.',
  'survey.not-open': () => 'This survey has not opened yet. Please try again later.',
  'survey.opens-on': (p) => `This survey opens on ${p.day}. Please come back then: your link will work.`,
  'survey.closed': () => 'This survey has closed. Thank you for your interest.',
  'survey.personal-link-used': () =>
    'You have already answered this survey with your personal link. Thank you!',
  'access-code.used': () =>
    'This access code has already been used to answer the survey. Each code answers once.',
  'survey.places-taken': (p) =>
    `The survey has as many answers for ${p.department} as ${p.department} has people, so this link takes no more. If you have not answered yet, ask for a personal link or an access code.`,
  'survey.shared-link-closed': (p) =>
    `This link takes no answers for ${p.department}: its people answer with access codes or personal links, so that nobody holding a shared link can add answers beside theirs. If you have not answered yet, ask for an access code or a personal link.`,
  'response.department-unknown': () => 'Choose your department from the list before sending.',
  'response.not-scoreable': (p) =>
    `There are not yet enough answers to count: your answers cover ${p.scored} of the topics, and at least ${p.needed} are needed. "Don't know" is fine for single questions, but it does not count as an answer. Nothing was sent.`,
  'response.scale-unanswered': () => 'has too few answers for a score',
  'response.answers-invalid': (_p, fields) =>
    `Some answers could not be taken: ${fields.join('; ')}. Reload the page and try again.`,
  'answer.not-an-object': () => 'must be a set of answers',
  'answer.unknown-question': () => 'is not a question of this survey',
  'answer.departments-too-many': (p) => `must name at most ${plural(p.max, 'department', 'departments')}`,
  'answer.department-repeated': () => 'must not name a department twice',
  'answer.none-with-departments': () => 'must not name departments together with "none"',
  'answer.own-department': () => 'must not name your own department',
  'answer.department-unknown': () => 'must name departments of this survey',
  'answer.not-a-choice': () => 'must be one of the choices offered',
  'answer.choices-invalid': () => 'must be among the choices offered',
  'answer.choice-repeated': () => 'must not repeat a choice',
  'answer.not-text': () => 'must be text',
  'answer.too-long': (p) => `must be at most ${p.max} characters`,
  'answer.number-out-of-range': (p) => `must be a whole number from ${p.min} to ${p.max}`,
  'answer.not-boolean': () => 'must be yes or no',
};

const ZH: ProblemWording = {
  'auth.sign-in-required': () => '请先登录。',
  'auth.credentials-wrong': () => '邮箱地址或密码不正确。',
  'auth.role-forbids': () => '您的角色无权执行此操作。',
  'resource.not-found': () => '未找到：它不存在，或者您在其所属组织中没有角色。',
  'setup.owner-exists': () => '所有者账号已存在，请直接登录。',
  'account.password-wrong': () => '当前密码不正确。',
  'account.name-required': () => '请填写您的姓名以创建账号。',
  'account.password-too-short': (p) => `请设置至少 ${p.min} 个字符的密码。`,
  'invitation.not-valid': () => '此邀请链接无效：它已被使用、已过期或从未存在。请联系邀请您的人重新发送。',
  'invitation.departments-needed': () => '部门负责人至少需要负责本组织的一个部门：请勾选其负责的部门。',
  'invitation.account-exists': () => '使用此邮箱地址的账号已存在：请输入该账号的密码，以添加新的角色。',
  'people.owner-protected': () => '只有所有者本人可以更改所有者的角色、会话或密码。',
  'password-reset.not-valid': () => '此链接已失效：它已被使用、已有更新的链接或已过期。请重新申请。',
  'password-reset.by-email-unavailable': () =>
    '此服务器无法发送邮件，因此不会通过邮件发送重置链接。请联系 Groundwork 的所有者为您生成一个。',
  'api-token.name-taken': (p) => `您已有名为“${p.name}”的令牌：请换一个名称。`,
  'api-token.too-many': (p) => `您已有 ${p.max} 个令牌，这是每人可持有的上限：请撤销一个不再使用的令牌。`,
  'api-token.expiry-invalid': (p) => `须为 1 至 ${p.max} 天，或永不过期`,
  'api-token.malformed': () => 'Authorization 请求头不是令牌：请以“Authorization: Bearer <令牌>”的形式发送。',
  'api-token.unknown': () => '此 API 令牌无效。',
  'api-token.expired': () => '此 API 令牌已过期：请新建一个。',
  'api-token.revoked': () => '此 API 令牌已被撤销。',
  'api-token.account-removed': () => '此 API 令牌所属的账号已不存在。',
  'api-token.beside-cookie': () => '此请求同时带有 API 令牌和会话 Cookie：请只发送其中之一。',
  'api-token.cookie-only': () => 'API 令牌不能执行此操作：请在浏览器中登录后操作。',
  'csrf.origin-missing': (p) =>
    `服务器拒绝了此项更改：请求没有说明来自哪个网站（缺少 Origin 请求头）。浏览器会自动发送；脚本须发送 Origin: ${p.expected}。`,
  'csrf.origin-mismatch': (p) =>
    `服务器拒绝了此项更改：请求来自 ${p.received}，而服务器只接受来自其自身页面（${p.expected}）的更改。请通过 ${p.expected} 打开 Groundwork（对浏览器而言，localhost 和 127.0.0.1 是不同的网站），或让前置代理转发浏览器所用的地址。`,
  'csrf.form-content-type': (p) =>
    `服务器拒绝了此项更改：请求的内容类型为 ${p.contentType}，任何网站上的表单都能发送这种类型，而且请求没有说明来自哪个网站。请以 application/json 发送 JSON，或发送 Origin: ${p.expected}。`,
  'request.invalid': (_p, fields) =>
    fields.length > 0 ? `填写的内容有误：${fields.join('；')}。` : '填写的内容有误，无法提交。',
  'request.malformed': () => '服务器无法读取此请求。请刷新页面后重试。',
  'request.too-large': (p) => `内容过大，无法发送：一次最多只能发送 ${p.maxKb} KB。`,
  'request.too-many-submissions': (p) => `短时间内从此网络提交的回答过多，请在 ${p.retryAfter} 秒后重试。`,
  'request.too-many-sign-ins': (p) => `从此网络尝试登录的次数过多，请在 ${p.retryAfter} 秒后重试。`,
  'request.too-many-password-attempts': (p) => `此账号的密码输错次数过多，请在 ${p.retryAfter} 秒后重试。`,
  'request.too-many-code-guesses': (p) =>
    `从此网络尝试了过多不存在的访问码，请在 ${p.retryAfter} 秒后重试，并核对卡片上的访问码。`,
  'request.too-many-password-resets': (p) =>
    `从此网络申请重置链接的次数过多，请在 ${p.retryAfter} 秒后重试。`,
  'request.too-many-joins': (p) => `从此网络加入工作坊的次数过多，请在 ${p.retryAfter} 秒后重试。`,
  'request.no-route': (p) => `服务器上没有 ${p.method} ${p.path}。请刷新页面后重试。`,
  'request.refused': (p) => `服务器拒绝了此请求（状态码 ${p.status}）。`,
  'request.idempotency-key-invalid': () =>
    '此页面已过期，您的回答未能提交。请刷新页面：您在本设备上填写的答案会保留。',
  'server.internal': () =>
    '服务器出错了，没有做任何更改。请重试；如果问题一再出现，请告知 Groundwork 的管理员。',
  'server.storage-unavailable': () =>
    '服务器暂时无法保存任何内容（磁盘或数据库已满、出现故障或无法连接）。没有做任何更改，请稍后再试。',
  'server.status': (p) => `服务器暂时无法应答（状态码 ${p.status}），请稍后再试。`,
  'network.unreachable': () => '无法连接到服务器。请检查网络连接后重试。',
  'field.required': () => '为必填项',
  'field.wrong-type': (p) => `必须是${ZH_TYPES[String(p.expected)] ?? p.expected}`,
  'field.too-short': (p) => `至少需要 ${p.min} 个字符`,
  'field.too-long': (p) => `不能超过 ${p.max} 个字符`,
  'field.too-small': (p) => `不能小于 ${p.min}`,
  'field.too-large': (p) => `不能大于 ${p.max}`,
  'field.not-whole-number': () => '必须是整数',
  'field.too-few': (p) => `至少需要 ${p.min} 项`,
  'field.too-many': (p) => `最多只能有 ${p.max} 项`,
  'field.email-invalid': () => '必须是有效的邮箱地址',
  'field.date-invalid': () => '必须是有效的日期',
  'field.format-invalid': () => '格式不正确',
  'field.not-an-option': (p) => `必须是以下之一：${zhList(p.options)}`,
  'field.unknown': (p) => `不接受以下字段：${zhList(p.keys)}`,
  'field.invalid': () => '无效',
  'organization.department-look-alike': (p) =>
    `“${p.first}”和“${p.second}”会被视为同一个部门：只在大小写、空格、全角字母或不可见字符上不同的名称算作同一个名称。请为每个部门取不同的名称。`,
  'organization.department-unknown': () => '其中一个部门已不属于该组织。请刷新页面后重新编辑。',
  'organization.department-repeated': (p) => `部门列表中“${p.department}”出现了两次。`,
  'organization.department-in-use': (p) =>
    `活动“${p.campaign}”包含部门“${p.department}”且尚未结束，因此不能删除该部门。请先结束该活动（如果是草稿，也可以删除它），再删除部门。`,
  'organization.campaign-open': (p) => `该组织的活动“${p.campaign}”仍在进行中。请先结束它。`,
  'campaign.still-open': (p) => `活动“${p.campaign}”仍在进行中。请先结束它。`,
  'deletion.confirmation-wrong': (p) =>
    `这里有 ${p.responses} 份回复，删除后将无法恢复。请输入它的完整名称以确认。`,
  'questionnaire.unknown': (p) => `此服务器上没有问卷 ${p.questionnaire}。请刷新页面后从列表中选择。`,
  'questionnaire.not-an-object': () => '问卷文件必须是一个 JSON 对象。',
  'questionnaire.ids-missing': () => '问卷必须有 "questionnaireId" 和 "modelVersion"。',
  'questionnaire.model-unknown': (p) =>
    `问卷 ${p.questionnaire} 使用的模型版本“${p.modelVersion}”不被此服务器识别。`,
  'questionnaire.question-unnamed': () => '问卷中有一个问题没有名称。',
  'questionnaire.question-repeated': (p) => `问题 ${p.question} 在问卷中出现了两次。`,
  'questionnaire.type-unsupported': (p) => `问题 ${p.question} 的类型“${p.type}”无法计分。`,
  'questionnaire.no-choices': (p) => `问题 ${p.question} 没有选项。`,
  'questionnaire.choice-without-value': (p) => `问题 ${p.question} 有一个选项没有值。`,
  'questionnaire.role-unknown': (p) => `问题 ${p.question} 的角色“${p.role}”无法识别。`,
  'questionnaire.scale-unknown': (p) => `问题 ${p.question} 指向了不存在的量表“${p.scale}”。`,
  'questionnaire.scored-without-scale': (p) => `问题 ${p.question} 需要计分，但没有指定量表。`,
  'questionnaire.none-value-changed': (p) => `问题 ${p.question} 的“无”选项的值必须保持为“${p.none}”。`,
  'questionnaire.agreement-choices': (p) => `问题 ${p.question} 必须提供 1–5 的同意程度选项和“不知道”。`,
  'questionnaire.referent-unknown': (p) => `问题 ${p.question} 的指代对象“${p.referent}”无法识别。`,
  'questionnaire.knowledge-without-answer': (p) => `问题 ${p.question} 是知识题，但没有正确答案。`,
  'campaign.not-draft': (p) =>
    `本次调查的状态为“${ZH_STATUS[String(p.status)] ?? p.status}”：只有草稿才能开始。请刷新页面查看最新状态。`,
  'campaign.closing-date-passed': () => '截止日期已经过去：请先选择更晚的日期，再开始调查。',
  'campaign.not-open': (p) =>
    `本次调查的状态为“${ZH_STATUS[String(p.status)] ?? p.status}”：只有进行中的调查才能结束。请刷新页面查看最新状态。`,
  'campaign.closed': () => '本次调查已结束，不能再更改。',
  'campaign.settings-locked': (p) =>
    `以下设置在调查开始时已经固定，现在不能更改：${settingNames(p.settings, ZH_SETTINGS).join('、')}。`,
  'campaign.settings-invalid': (_p, fields) => `设置未保存：${fields.join('；')}。`,
  'campaign.change-empty': () => '没有指定要更改的设置',
  'campaign.departments-invalid': () => '调研至少要覆盖本组织的一个部门。',
  'campaign.departments-empty': () => '请至少选择一个部门',
  'campaign.department-unknown': () => '所选部门不属于本组织',
  'wave.from-draft': () => '草稿还没有回答可供比较，请先开始这次调研。',
  'wave.no-departments-left': () => '这一轮调研的部门在组织中都已不存在。',
  'lineage.invalid': (_p, fields) => `声明未保存：${fields.join('；')}。`,
  'lineage.no-previous-wave': () => '这次调研没有可比较的上一轮，因此无需声明部门的变化。',
  'lineage.side-empty': () => '请至少选择一个部门',
  'lineage.unit-unknown': (p) => `包含 ${p.unit}，但那一轮的报告中没有这个部门，请刷新页面`,
  'lineage.unit-repeated': (p) => `重复包含了 ${p.unit}`,
  'lineage.overlapping': (p) => `包含 ${p.unit}，而第 ${p.declaration} 条声明已包含它`,
  'lineage.several-into-several': () =>
    '把多个部门变成了多个部门：请分别声明哪些上一轮的部门成为了这一轮的哪个部门',
  'benchmark.format-unsupported': (p) =>
    `本服务器读取格式版本为 ${p.supported} 的基准文件，而此文件的版本为 ${p.version}。请在已更新的系统中重新导出。`,
  'benchmark.unknown-instrument': (p) =>
    `本系统没有按模型版本 ${p.modelVersion} 计分的问卷 ${p.questionnaire}，因此无法与此文件比较。`,
  'benchmark.invalid': (_p, fields) => `基准文件未载入：${fields.join('；')}。`,
  'benchmark.too-few-organizations': (p) => `文件必须基于至少 ${p.min} 个组织`,
  'benchmark.unknown-figure': (p) => `文件包含 ${p.figure}，但此问卷不计算这一项`,
  'benchmark.figure-inconsistent': (p) =>
    `${p.figure} 必须基于至少 ${p.min} 个组织、不多于文件中的组织数，且各百分位数不能递减`,
  'benchmark.nothing-to-export': (p) =>
    `在此问卷上有已结束调研、且显示组织整体结果的已加入组织少于 ${p.min} 个，因此暂时没有可导出的基准。`,
  'backup.not-configured': () =>
    '未设置备份目录：请在服务器上设置 BACKUP_DIR，或停止服务器后复制其数据目录。',
  'backup.embedded-only': () => '此安装的数据保存在 PostgreSQL 中：请用 pg_dump 或 WAL 归档备份。',
  'backup.under-way': () => '已有一个备份正在进行，请在其完成后再试。',
  'settings.group-size-too-small': (p) => `不能小于 ${p.min}`,
  'settings.comment-minimum-below-group': () => '不能小于最小分组人数',
  'settings.languages-unknown': () => '必须为英文、中文或两者',
  'settings.closes-before-opening': () => '必须晚于开始日期',
  'settings.closes-in-past': () => '必须是将来的日期',
  'cuts.unknown': () => '不是调查可以询问的分组',
  'cuts.repeated': () => '重复选择了',
  'cuts.locations-count': (p) => `须列出 ${p.min} 至 ${p.max} 个地点`,
  'cuts.location-blank': () => '不能为空',
  'cuts.location-too-long': (p) => `最多 ${p.max} 个字符`,
  'cuts.location-repeated': () => '重复列出了',
  'cut.unknown': () => '本次调查没有询问该分组。',
  'cut.not-shown': (p) =>
    p.reason === 'not-closed' ? '调查结束后才会显示分组结果。' : '分组结果只向能查看全单位结果的读者显示。',
  'campaign.facts-invalid': (_p, fields) => `HR 提供的组织情况未保存：${fields.join('；')}。`,
  'campaign.facts-asked-of-staff': () => '此问卷会向员工询问组织情况，因此不能填写 HR 提供的组织情况。',
  'facts.unknown': () => '不是 HR 可以说明的组织情况',
  'facts.answer-unknown': (p) => `必须是所提供的答案之一（${zhList(p.answers)}），或者不填`,
  'reporting-group.locked': () => '调查开始后，报告分组就固定了。',
  'reporting-group.invalid': (_p, fields) => `报告分组未创建：${fields.join('；')}。`,
  'reporting-group.too-few-departments': () => '至少需要选择两个部门',
  'reporting-group.department-unknown': () => '必须是本次调查的部门，请刷新页面',
  'reporting-group.department-grouped': (p) => `不能包括已在其他分组中的${p.department}`,
  'reporting-group.name-taken': () => '已被某个部门或分组使用',
  'reporting-group.unknown': () => '此报告分组已不存在。请刷新页面查看现有分组。',
  'template.language-missing': () => '缺少这种语言的邮件内容',
  'template.empty': () => '不能为空',
  'template.too-long': (p) => `不能超过 ${p.max} 个字符`,
  'template.multiple-lines': () => '只能写在一行内，不能换行',
  'template.link-missing': () => '必须包含 {{link}}，而且不能放在 [[可选段落]] 中',
  'template.unknown-placeholder': (p) =>
    `用了不存在的占位符 {{${p.placeholder}}}，可用的占位符有：${placeholders(p).join('、')}`,
  'template.stray-braces': () => '有不属于任何占位符的 {{ 或 }}',
  'template.nested-sections': () => '[[可选段落]] 不能相互嵌套',
  'template.unpaired-brackets': () => '有不成对的 [[ 或 ]]',
  'csv.unreadable': (p) =>
    p.line === undefined
      ? '文件无法读取。请重新另存为 CSV 格式后再上传。'
      : p.reason === 'quote-not-closed'
        ? `第 ${p.line} 行有未闭合的英文双引号（"），因此文件无法读取。请补上引号；单元格中的引号请写成两个（""）。`
        : p.reason === 'text-after-quote'
          ? `第 ${p.line} 行有一个带引号的单元格在结束引号后还有文字，因此文件无法读取。单元格中的引号请写成两个（""）。`
          : `第 ${p.line} 行有未成对的英文双引号（"），或引号后面还有多余的文字，因此文件无法读取。单元格中的引号请写成两个（""），改好后重新上传。`,
  'csv.too-many-rows': (p) => `文件超过 ${number(p.max, 'zh-CN')} 行，请拆分成几个较小的文件。`,
  'staff.file-empty': () => '文件是空的，没有可邀请的人员。',
  'staff.no-people': () => '文件里只有标题行，下面没有人员。请每人填写一行。',
  'staff.too-many-people': (p) =>
    `文件中共有 ${number(p.rows, 'zh-CN')} 人，一次最多只能导入 ${number(p.max, 'zh-CN')} 人。请拆分成几个较小的文件。`,
  'staff.duplicate-column': (p) =>
    `第一行中有两列都是“${ZH_COLUMNS[String(p.column)] ?? p.column}”（“${p.first}”和“${p.second}”），请只保留其中一列。`,
  'staff.missing-columns': (p) => {
    const columns = missingColumns(p);
    const names = columns.map((c) => `“${ZH_COLUMNS[c]}”`).join('和');
    const advice = columns.map((c) => `“${ZH_COLUMNS[c]}”列的列名可写作：${headings(p, c).join('、')}`);
    return `文件第一行必须是列名，但没有找到${names}列。${advice.join('；')}。`;
  },
  'staff.email-missing': () => '缺少邮箱地址。',
  'staff.email-too-long': (p) => `邮箱地址超过了 ${p.max} 个字符。`,
  'staff.email-invalid': (p) => `“${p.email}”不是有效的邮箱地址。`,
  'staff.email-repeated': (p) => `该邮箱地址已在文件第 ${p.firstLine} 行出现过，每人只需列一次。`,
  'staff.department-missing': () => '缺少部门。',
  'staff.department-unknown': (p) =>
    `没有名为“${p.department}”的部门。请检查名称是否写错，或先在组织中添加该部门。`,
  'staff.name-too-long': (p) => `姓名超过了 ${p.max} 个字符。`,
  'staff.language-unknown': (p) =>
    `“${p.language}”不是问卷支持的语言。请填写 en（英文）或 zh-cn（简体中文），也可以留空。`,
  'staff.list-has-problems': (p) =>
    `名单中有 ${p.count} 处问题，没有导入任何人。请重新检查名单，逐行查看问题。`,
  'staff.nobody-new': () => '文件中的人都已在名单中，没有需要导入的新人员。',
  'staff.not-listed': (p) => `${p.email} 不在本次调查的名单中。请刷新页面查看名单。`,
  'staff.shared-link-answers': (p) =>
    `${zhList(p.departments)}已有通过共享链接提交的回答，因此没有导入任何人：凭个人链接作答的人会与任何持有该链接的人都可能写下的回答一起统计，可能被从报告中推算出来。请在任何人通过共享链接作答之前导入员工名单；本次调查中，请继续为${zhList(p.departments)}使用共享链接。`,
  'retention.days-out-of-range': (p) => `请填写 0 到 ${p.max} 之间的整数天数。`,
  'retention.list-erased': () => '这份员工名单已被删除，没有可以再修改的内容。',
  'retention.campaign-running': () => '调查结束后才能删除员工名单：在此之前，员工仍在用自己的链接作答。',
  'retention.confirmation-mismatch': () =>
    '您输入的不是本次调查的名称。请按显示的名称准确输入，才能删除名单。',
  'distribution.not-opened': () => '请先开始调查，再发送链接：调查的设置在开始时固定。',
  'chat.too-many-channels': (p) => `每个调查最多可添加 ${p.max} 个群聊渠道。`,
  'chat.label-taken': () => '本次调查已有同名的群聊渠道。',
  'chat.webhook-taken': () => '该 Webhook 已是本次调查的渠道，再添加一次会让群里每条消息都收到两遍。',
  'chat.no-such-channel': () => '本次调查没有这个群聊渠道，可能已被删除。',
  'chat.no-channels': () => '还没有可发送的群聊渠道，请先添加。',
  'chat.in-progress': () => '本次调查的群消息仍在发送中，请等发送完成后再操作。',
  'chat.no-such-post': () => '没有这条群消息的记录。',
  'chat.webhook-host': (p) =>
    `该地址不属于${chatPlatformName(p.platform, 'zh-cn')}的服务器。请粘贴平台提供的 Webhook 地址。`,
  'chat.webhook-shape': (p) =>
    `这不像是${chatPlatformName(p.platform, 'zh-cn')}的 Webhook 地址。请从机器人设置中复制完整地址。`,
  'chat.secret-not-used': (p) =>
    `${chatPlatformName(p.platform, 'zh-cn')}的 Webhook 没有签名密钥，请将该项留空。`,
  'chat.department-unknown': () => '该部门不在本次调查范围内。',
  'chat.no-secrets-key': () =>
    '服务器没有用于保护 Webhook 地址的密钥（SECRETS_KEY 设置），请联系服务器管理员设置。',
  'chat.not-closed': () => '调查结束后才能发送结束通知。',
  'mailing.no-mail-server': () =>
    '尚未设置邮件服务器（SMTP_URL）。请下载邮件合并文件，用您自己的邮件工具发送链接。',
  'mailing.in-progress': () => '本次调查的邮件仍在发送中，请等发送完成后再操作。',
  'mailing.nobody-to-invite': () => '名单中的每个人都已收到链接。',
  'mailing.nobody-to-remind': () => '收到链接的人都已作答，没有需要提醒的人。',
  'mailing.nothing-to-resume': () => '最近一次发送并未中断，无需继续发送。',
  'reminder.days-out-of-range': (p) => `提醒须在邀请发出后 1 至 ${p.max} 整天内发送。`,
  'reminder.moment-past': () => '该时间已经过去。如需现在提醒，请直接发送提醒。',
  'reminder.too-many': (p) => `同时最多可安排 ${p.max} 次待发送的提醒。`,
  'reminder.already-planned': () => '该时间已安排了一次提醒。',
  'reminder.not-planned': () => '该提醒已不在计划中。',
  'reminder.already-sent': () => '该提醒已经发出，将作为记录保留在计划中。',
  'access-codes.closed': () => '本调查已结束，访问码已无法使用。',
  'access-codes.department-unknown': () => '请选择本次调查的一个部门。',
  'access-codes.no-room': (p) =>
    `${p.department}无法再增加 ${p.requested} 个访问码：该部门的 ${p.places} 个名额已被回答、未使用的个人链接和未使用的访问码占满。一个部门的作答途径永远不会多于其人数。`,
  'access-codes.shared-link-answers': (p) =>
    `${p.unit === p.department ? p.department : `${p.department}所在的报告组“${p.unit}”`}已有通过共享链接提交的回答，因此不能再生成访问码：凭访问码提交的回答会与任何持有该链接的人都可能写下的回答一起统计，可能被从报告中推算出来。请继续为${p.department}使用共享链接。`,
  'suspects.changed': () => '这些提交在显示之后发生了变化（又有新的提交）。请重新查看后再做决定。',
  'suspects.released': () =>
    '其中一些提交已经计入报告。现在排除会改变已显示的数据，可能泄露与之同时或之后作答者的回答，因此只能保留。只有报告仍在暂缓计入的提交才能排除。',
  'compare.unit-missing': () => '请选择两个要比较的单位。',
  'compare.same-unit': () => '请选择两个不同的单位：单位与自身比较不会有差异。',
  'compare.unit-unknown': () => '该单位不在您的报告中，因此无法比较。',
  'compare.unit-hidden': (p) => `该单位回答少于 ${p.min} 人，报告将其隐藏，因此无法比较。`,
  'export.nothing-released': (p) =>
    `暂无可下载的数据：与报告一样，某个部门或报告组至少有 ${p.min} 人作答后，回答才会计入。`,
  'action.invalid': () => '行动无法按现状保存，请查看标出的字段。',
  'action.title-required': () => '需要填写标题。',
  'action.too-long': (p) => `超过了 ${p.max} 个字符。`,
  'action.due-invalid': () => '不是有效日期（年-月-日）。',
  'action.owner-name-invalid': () => '需要填写姓名，最多 100 个字符。',
  'action.owner-email-invalid': () => '不是有效的邮箱地址。',
  'action.owner-unknown': () => '此人在本组织中没有角色：请指定其他人，或填写姓名和邮箱。',
  'action.department-unknown': (p) => `指向了本组织没有的部门（${p.department}）。`,
  'action.comment-invalid': (p) => `需要填写内容，最多 ${p.max} 个字符。`,
  'action.change-forbidden': () => '您的角色不允许对此行动做这项修改。',
  'action.campaign-unknown': () => '该调查活动不属于本组织。',
  'workshop.invalid': () => '工作坊无法接受当前内容：请查看标出的字段。',
  'workshop.title-required': () => '需要填写标题。',
  'workshop.too-long': (p) => `超过了 ${p.max} 个字符。`,
  'workshop.languages-invalid': () => '需要选择一到两种不同的语言。',
  'workshop.hours-invalid': (p) => `必须是 ${p.min} 到 ${p.max} 之间的整数小时。`,
  'workshop.name-required': () => '需要填写您的姓名：本工作坊显示姓名。',
  'workshop.unknown-item': (p) => `指向了本工作坊没有的内容（${p.id}）。`,
  'workshop.too-many-key-results': (p) => `关键结果超过了 ${p.max} 个。`,
  'workshop.too-many-votes': (p) => `投票超过了 ${p.max} 票。`,
  'workshop.too-many': (p) => `本工作坊已有 ${p.max} 项，不能再添加。`,
  'workshop.ended': () => '本工作坊已结束，内容不能再修改。',
  'workshop.locked': () => '主持人已关闭入场，现在不能再加入。',
  'workshop.full': (p) => `人数已满：最多 ${p.max} 人可以加入。`,
  'workshop.not-joined': () => '此浏览器尚未加入本工作坊。请重新打开链接或扫描二维码。',
  'workshop.revealed': () => '答案已向全场公布，不能再修改。',
  'workshop.wrong-phase': () => '工作坊尚未进行到这一步，或已经过了这一步。',
  'workshop.no-campaign': () =>
    '本工作坊没有关联的调查活动（创建时未关联，或该活动已被删除），因此没有可以添加的行动计划。',
  'survey.not-found': () => '此链接没有对应的调查。请检查链接是否完整。',
  'survey.not-open': () => '本调查尚未开始，请稍后再试。',
  'survey.opens-on': (p) => `本调查将于 ${p.day} 开始，届时请再次打开此链接。`,
  'survey.closed': () => '本调查已结束，感谢您的关注。',
  'survey.personal-link-used': () => '您已通过个人专属链接完成本调查，谢谢！',
  'access-code.used': () => '此访问码已被用于作答。每个访问码只能作答一次。',
  'survey.places-taken': (p) =>
    `${p.department}的回答数量已达到该部门人数，此链接不再接受回答。如果您还没有作答，请索取个人链接或访问码。`,
  'survey.shared-link-closed': (p) =>
    `此链接不接受${p.department}的回答：该部门的人员凭访问码或个人链接作答，以免持有共享链接的人在他们的回答旁添加回答。如果您还没有作答，请索取访问码或个人链接。`,
  'response.department-unknown': () => '请先从列表中选择您所在的部门，再提交。',
  'response.not-scoreable': (p) =>
    `目前的回答还不足以计入统计：您的回答涵盖了 ${p.scored} 个主题，至少需要 ${p.needed} 个。个别问题可以选择“不知道”，但它不算作回答。您的回答尚未提交。`,
  'response.scale-unanswered': () => '的回答太少，无法计分',
  'response.answers-invalid': (_p, fields) => `部分回答无法接受：${fields.join('；')}。请刷新页面后重试。`,
  'answer.not-an-object': () => '必须是一组回答',
  'answer.unknown-question': () => '不是本调查中的问题',
  'answer.departments-too-many': (p) => `最多只能选择 ${p.max} 个部门`,
  'answer.department-repeated': () => '不能重复选择同一个部门',
  'answer.none-with-departments': () => '不能在选择“无”的同时选择部门',
  'answer.own-department': () => '不能选择您自己所在的部门',
  'answer.department-unknown': () => '必须选择本调查中的部门',
  'answer.not-a-choice': () => '必须是所提供的选项之一',
  'answer.choices-invalid': () => '必须从所提供的选项中选择',
  'answer.choice-repeated': () => '不能重复选择同一个选项',
  'answer.not-text': () => '必须是文字',
  'answer.too-long': (p) => `不能超过 ${p.max} 个字符`,
  'answer.number-out-of-range': (p) => `必须是 ${p.min} 到 ${p.max} 之间的整数`,
  'answer.not-boolean': () => '必须选择是或否',
};

export const PROBLEM_TEXT = { en: EN, 'zh-cn': ZH } satisfies Record<Language, ProblemWording>;
