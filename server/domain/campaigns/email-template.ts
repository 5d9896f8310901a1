// The emails HR sends: an invitation with each person's personal survey link and a reminder to those who
// have not answered, as editable plain-text templates in every language, checked before they are saved.

import { LANGUAGES, type Language } from '../instrument/barrier-model';
import type { ProblemParams } from '../errors';

export type MailKind = 'invitation' | 'reminder';
export type EmailTemplate = Record<Language, { subject: string; body: string }>;

export const PLACEHOLDERS = ['name', 'link', 'organization', 'campaign', 'closes', 'minutes'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_BODY_LENGTH = 5_000;

// A paragraph is one line: mail clients wrap it to the reader's screen, where hard breaks would leave
// ragged half-lines on a phone.
function paragraphs(...texts: string[]): string {
  return texts.join('\n\n');
}

// Template syntax, kept to two rules an HR person can learn from the defaults:
//   {{name}}            replaced by the value, inserted literally (never read as template text again);
//   [[ … {{closes}} … ]] an optional section, left out whole when any placeholder inside it is empty.
// Optional sections are how a greeting loses its name and the closing-date sentence disappears when the
// campaign has no closing date, without leaving "Hello ," or "Please answer by ." behind.
export const DEFAULT_TEMPLATES: Record<MailKind, EmailTemplate> = {
  invitation: {
    en: {
      subject: '{{organization}} would like your view: {{campaign}}',
      body: paragraphs(
        'Hello[[ {{name}}]],',
        'Before deciding whether and how to work with OKRs, {{organization}} is asking everyone how goals are set and followed up today. The survey "{{campaign}}" takes about {{minutes}} minutes.',
        'Your personal link:\n{{link}}',
        'The link is meant for you alone and can be used to submit once, so please do not forward it.[[ Please answer by {{closes}}.]]',
        'The survey is anonymous. Nobody sees individual answers: reports only show results for groups large enough that no one can be singled out.',
        'Thank you,\n{{organization}}',
      ),
    },
    'zh-cn': {
      subject: '{{organization}}邀请您参与：{{campaign}}',
      body: paragraphs(
        '[[{{name}}，]]您好！',
        '在决定是否以及如何使用 OKR 之前，{{organization}}想了解每位同事对目前目标制定与跟进方式的看法。填写问卷“{{campaign}}”大约需要 {{minutes}} 分钟。',
        '您的专属链接：\n{{link}}',
        '此链接仅供您本人使用，只能提交一次，请勿转发。[[请在{{closes}}之前完成。]]',
        '问卷为匿名填写：任何人都看不到单个人的回答，报告只显示人数足够多、无法辨认出个人的群体结果。',
        '谢谢！\n{{organization}}',
      ),
    },
  },
  reminder: {
    en: {
      subject: 'Reminder: {{campaign}}',
      body: paragraphs(
        'Hello[[ {{name}}]],',
        'A short reminder: we have not yet received your answers to "{{campaign}}", and your view counts.[[ The survey closes on {{closes}}.]]',
        'Your personal link (it can be used to submit once):\n{{link}}',
        // Stryker disable next-line StringLiteral: wording, a default sentence that carries no value
        'Your answers stay anonymous: reports only show groups large enough that no one can be singled out.',
        // Stryker disable next-line StringLiteral: wording, a default sentence that carries no value
        'If you have answered in the meantime, thank you, and please ignore this message.',
        '{{organization}}',
      ),
    },
    'zh-cn': {
      subject: '提醒：{{campaign}}',
      body: paragraphs(
        '[[{{name}}，]]您好！',
        '温馨提醒：我们还没有收到您对问卷“{{campaign}}”的回答，您的看法很重要。[[问卷将于{{closes}}截止。]]',
        '您的专属链接（只能提交一次）：\n{{link}}',
        // Stryker disable next-line StringLiteral: wording, a default sentence that carries no value
        '问卷为匿名填写：报告只显示人数足够多、无法辨认出个人的群体结果。',
        // Stryker disable next-line StringLiteral: wording, a default sentence that carries no value
        '如果您已经填写，谢谢您，请忽略本邮件。',
        '{{organization}}',
      ),
    },
  },
};

/** Every problem a template can have, stable so that a client can word it in the reader's language. */
export type TemplateProblemCode =
  | 'template.language-missing'
  | 'template.empty'
  | 'template.too-long'
  | 'template.multiple-lines'
  | 'template.link-missing'
  | 'template.unknown-placeholder'
  | 'template.stray-braces'
  | 'template.nested-sections'
  | 'template.unpaired-brackets';

export interface TemplateError {
  /** `<language>`, `<language>.subject` or `<language>.body`; callers prefix the mail kind. */
  field: string;
  /** Reads after the field name: "en.body must contain {{link}} …". */
  message: string;
  code: TemplateProblemCode;
  /**
   * `max` (characters) for template.too-long; for an unknown placeholder, `placeholder` (the name between
   * the braces) and `placeholders` (those a template may use, joined with ", ").
   */
  params: ProblemParams;
}

type Problem = Omit<TemplateError, 'field'>;
const problem = (code: TemplateProblemCode, message: string, params: ProblemParams = {}): Problem => ({
  code,
  message,
  params,
});

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** A placeholder starting exactly at lastIndex. */
const PLACEHOLDER_AT = /\{\{([^{}]*)\}\}/y;

/**
 * The [[sections]] of a text (each from a "[[" to the first "]]" after it) and the text without them, in
 * one linear pass: a lazy regular expression would retry from every "[[" and take quadratic time on a text
 * of many "[[" and no "]]".
 */
function splitSections(text: string): { sections: string[]; rest: string } {
  // Stryker disable next-line ArrayDeclaration: equivalent, a stand-in section holds no "[["
  const sections: string[] = [];
  // Stryker disable next-line StringLiteral: equivalent, a stand-in start holds no "[[" or "]]"
  let rest = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('[[', from);
    const close = open === -1 ? -1 : text.indexOf(']]', open + 2);
    if (close === -1) return { sections, rest: rest + text.slice(from) };
    sections.push(text.slice(open + 2, close));
    rest += text.slice(from, open);
    from = close + 2;
  }
}

const isPlaceholder = (key: string): key is Placeholder => (PLACEHOLDERS as readonly string[]).includes(key);
// Stryker disable next-line ArrowFunction,StringLiteral: wording, the English message; params list the names
const placeholderList = PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');

function checkSyntax(text: string): Problem[] {
  const problems: Problem[] = [];
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((key) => !isPlaceholder(key));
  for (const key of new Set(unknown)) {
    const message = `uses an unknown placeholder {{${key}}}; use ${placeholderList}`;
    problems.push(
      problem('template.unknown-placeholder', message, {
        placeholder: key,
        placeholders: PLACEHOLDERS.join(', '),
      }),
    );
  }
  // Stryker disable next-line StringLiteral: equivalent, any text without braces in place of a placeholder
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, '')))
    problems.push(problem('template.stray-braces', 'has a {{ or }} that is not part of a placeholder'));
  const { sections, rest } = splitSections(text);
  if (sections.some((inner) => inner.includes('[[')))
    problems.push(problem('template.nested-sections', 'must not nest [[optional sections]]'));
  else if (/\[\[|\]\]/.test(rest))
    problems.push(problem('template.unpaired-brackets', 'has a [[ or ]] without its partner'));
  return problems;
}

/** Everything wrong with a template, per language and part; empty when it can be saved and sent. */
export function checkTemplate(t: EmailTemplate): TemplateError[] {
  const errors: TemplateError[] = [];
  for (const language of LANGUAGES) {
    const part = t[language];
    if (part === undefined) {
      errors.push({ field: language, ...problem('template.language-missing', 'is missing') });
      continue;
    }
    const subject = (p: Problem) => errors.push({ field: `${language}.subject`, ...p });
    const body = (p: Problem) => errors.push({ field: `${language}.body`, ...p });
    const tooLong = (max: number) =>
      problem('template.too-long', `must be at most ${max} characters`, { max });
    if (part.subject.trim() === '') subject(problem('template.empty', 'must not be empty'));
    if (part.subject.length > MAX_SUBJECT_LENGTH) subject(tooLong(MAX_SUBJECT_LENGTH));
    if (/[\r\n]/.test(part.subject)) subject(problem('template.multiple-lines', 'must fit on one line'));
    checkSyntax(part.subject).forEach(subject);
    if (part.body.length > MAX_BODY_LENGTH) body(tooLong(MAX_BODY_LENGTH));
    // A link inside an optional section would vanish with it, leaving a mail nobody can act on.
    if (!splitSections(part.body).rest.includes('{{link}}'))
      body(problem('template.link-missing', 'must contain {{link}}, outside any [[optional section]]'));
    checkSyntax(part.body).forEach(body);
  }
  return errors;
}

export interface MailValues {
  /** The person's name, or '' when the staff list has none. */
  name: string;
  link: string;
  organization: string;
  campaign: string;
  /** The last day to answer as YYYY-MM-DD, or null when the campaign has no closing date. */
  closes: string | null;
  /** Whole minutes the questionnaire takes in the email's language (questionnaire-minutes.ts). */
  minutes: number;
}

/** The months' English names, January first: the emails' dates and the chat posts' spell them alike. */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

/** Spelled out so nobody wonders whether 05-06 is May or June; the weekday helps plan. */
function formatDate(date: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  // Stryker disable next-line LogicalOperator: equivalent, a day past its month's end moves the month too
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return date;
  const weekday = at.getUTCDay();
  return language === 'zh-cn'
    ? `${year}年${month}月${day}日（星期${WEEKDAYS_ZH[weekday]}）`
    : `${WEEKDAYS_EN[weekday]}, ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

function fill(text: string, values: Record<Placeholder, string>): string {
  // One pass, left to right, so inserted values are never scanned again: a name that reads "{{link}}" or
  // "[[" stays exactly that. A section runs from "[[" to the first "]]" after it, found with indexOf: a lazy
  // pattern would read on to the end from every "[[" without a "]]". A checked template has none, but a
  // records file edited by hand could.
  let filled = '';
  let copied = 0;
  let sectionsCanClose = true;
  for (let at = 0; at < text.length;) {
    if (sectionsCanClose && text.startsWith('[[', at)) {
      const close = text.indexOf(']]', at + 2);
      if (close === -1) sectionsCanClose = false;
      else {
        const section = text.slice(at + 2, close);
        const keys = [...section.matchAll(PLACEHOLDER)].map((m) => m[1]!);
        const empty = keys.some((k) => isPlaceholder(k) && values[k] === '');
        filled += text.slice(copied, at) + (empty ? '' : fill(section, values));
        at = copied = close + 2;
        continue;
      }
    }
    // Stryker disable next-line StringLiteral: equivalent, the sticky pattern below reads only here
    if (text.startsWith('{{', at)) {
      PLACEHOLDER_AT.lastIndex = at;
      const placeholder = PLACEHOLDER_AT.exec(text);
      if (placeholder) {
        const key = placeholder[1]!;
        filled += text.slice(copied, at) + (isPlaceholder(key) ? values[key] : placeholder[0]);
        at = copied = PLACEHOLDER_AT.lastIndex;
        continue;
      }
    }
    at++;
  }
  return filled + text.slice(copied);
}

/**
 * The subject and text of one person's email. Values are inserted as they are; a section in [[ ]] is
 * dropped when a placeholder inside it has no value (no name, no closing date).
 *
 * @example
 * renderEmail({ en: { subject: 'Hi', body: 'Hello[[ {{name}}]], {{link}}' }, ... }, 'en',
 *   { name: '', link: 'https://x/s/abc', organization: 'Acme', campaign: 'Spring', closes: null, minutes: 12 })
 * // → { subject: 'Hi', text: 'Hello, https://x/s/abc' }
 */
export function renderEmail(
  t: EmailTemplate,
  language: Language,
  values: MailValues,
): { subject: string; text: string } {
  const filled: Record<Placeholder, string> = {
    name: values.name.trim(),
    link: values.link,
    organization: values.organization.trim(),
    campaign: values.campaign.trim(),
    closes: values.closes === null ? '' : formatDate(values.closes, language),
    minutes: String(values.minutes),
  };
  const part = t[language];
  // A line break in a value must not split the subject header. Each run of white space is matched once and
  // kept unless it holds a line break: `\s*[\r\n]+\s*` would read a long run of spaces again from each of
  // its positions.
  const subject = fill(part.subject, filled)
    .replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run))
    .trim();
  return { subject, text: fill(part.body, filled) };
}
