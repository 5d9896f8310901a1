// The one way a problem becomes text: by its code, in the reader's language (problem-text.ts), with the
// fields it lists named in that language too. The server's English is shown only for a code this client
// does not know (a newer server), after a sentence in the reader's language saying so.

import type { ProblemParams } from '../../server/domain/errors';
import type { Language } from '../../shared/languages';
import { ApiError } from '../api/client';
import { PROBLEM_TEXT, type Wording } from './problem-text';

/** A problem as it reaches a page: the server's problem+json, a field of one, or a coded row of a preview. */
export interface CodedProblem {
  code?: string;
  params?: ProblemParams;
  /** The server's English, for a code this client does not know. */
  detail?: string;
  message?: string;
  errors?: readonly FieldProblem[];
}

/** One field at fault, as the server or a form's own check (check-request.ts) names it. */
type FieldProblem = { field?: string; message?: string; code?: string; params?: ProblemParams };

/** The words around a problem's own sentence, and the fields' names; exported for dictionaries.test. */
export const ERROR_TEXT = {
  en: {
    unknown: (detail: string) =>
      `The request failed, for a reason this page cannot put in your language: ${detail}`,
    unexplained: 'Something went wrong on this page. Reload it and try again.',
    field: {
      '(body)': 'the request',
      name: 'the name',
      email: 'the email address',
      password: 'the password',
      currentPassword: 'the current password',
      newPassword: 'the new password',
      role: 'the role',
      departmentId: 'the department',
      departmentIds: 'the departments',
      departments: 'the departments',
      questionnaireId: 'the questionnaire',
      minGroupSize: 'the minimum group size',
      commentMinimum: 'the comment minimum',
      languages: 'the languages',
      targetResponseRate: 'the target response rate',
      opensAt: 'the opening date',
      closesAt: 'the closing date',
      count: 'the number of codes',
      csv: 'the file',
      organizationFacts: 'HR’s facts',
      answers: 'the answers',
      'Idempotency-Key': 'the page’s submission key',
      expiresInDays: 'the expiry',
      cadenceMonths: 'the months between waves',
      title: 'the title',
      objective: 'the objective',
      keyResults: 'the key results',
      expiresInHours: 'how long it stays open',
      ids: 'the votes',
      keptIds: 'the kept objectives',
      draftIds: 'the drafts',
      cuts: 'the questions about people',
      platform: 'the platform',
      label: 'the channel’s name',
      invite: 'how the group answers',
      webhookUrl: 'the webhook address',
      secret: 'the signing secret',
      kind: 'what to post',
      channelIds: 'the channels',
      via: 'how the reminder goes',
    } as Readonly<Record<string, string>>,
    departmentField: (n: number, part: string) =>
      part === 'headcount' ? `the headcount of department ${n}` : `the name of department ${n}`,
    templateField: (kind: string, language: string, part: string | undefined) =>
      `the ${kind === 'reminder' ? 'reminder' : 'invitation'} ${part === 'subject' ? 'subject' : part === 'body' ? 'message' : 'text'} in ${language === 'zh-cn' ? 'Chinese' : 'English'}`,
    answerField: (question: string) => `the answer to ${question}`,
    factField: (fact: string) => `HR’s answer on ${fact}`,
  },
  'zh-cn': {
    unknown: (detail: string) => `请求失败，原因无法以中文显示。服务器的英文说明：${detail}`,
    unexplained: '页面出错了。请刷新后重试。',
    field: {
      '(body)': '请求',
      name: '名称',
      email: '邮箱地址',
      password: '密码',
      currentPassword: '当前密码',
      newPassword: '新密码',
      role: '角色',
      departmentId: '部门',
      departmentIds: '部门',
      departments: '部门列表',
      questionnaireId: '问卷',
      minGroupSize: '最小分组人数',
      commentMinimum: '评论显示门槛',
      languages: '语言',
      targetResponseRate: '目标回复率',
      opensAt: '开始日期',
      closesAt: '截止日期',
      count: '访问码数量',
      csv: '文件',
      organizationFacts: 'HR 提供的组织情况',
      answers: '回答',
      'Idempotency-Key': '页面的提交标识',
      expiresInDays: '有效期',
      cadenceMonths: '两轮之间的月数',
      title: '标题',
      objective: '目标',
      keyResults: '关键结果',
      expiresInHours: '开放时长',
      ids: '投票',
      keptIds: '保留的目标',
      draftIds: '草稿',
      cuts: '关于受访者的问题',
      platform: '平台',
      label: '渠道名称',
      invite: '群成员的作答方式',
      webhookUrl: 'Webhook 地址',
      secret: '签名密钥',
      kind: '发送内容',
      channelIds: '渠道',
      via: '提醒方式',
    } as Readonly<Record<string, string>>,
    departmentField: (n: number, part: string) =>
      part === 'headcount' ? `第 ${n} 个部门的人数` : `第 ${n} 个部门的名称`,
    templateField: (kind: string, language: string, part: string | undefined) =>
      `${language === 'zh-cn' ? '中文' : '英文'}${kind === 'reminder' ? '提醒' : '邀请'}邮件的${part === 'subject' ? '主题' : part === 'body' ? '正文' : '内容'}`,
    answerField: (question: string) => `问题 ${question} 的回答`,
    factField: (fact: string) => `HR 对“${fact}”的回答`,
  },
} satisfies Record<Language, unknown>;

/** A field's path ("departments.1.name", "emailTemplates.invitation.en.body") as the reader calls it. */
export function fieldName(field: string, language: Language): string {
  const words = ERROR_TEXT[language];
  if (Object.hasOwn(words.field, field)) return words.field[field]!;
  const [first, second, third, fourth] = field.split('.');
  if (first === 'departments' && second !== undefined && /^\d+$/.test(second))
    return words.departmentField(Number(second) + 1, third ?? 'name');
  if (first === 'emailTemplates' && second !== undefined && third !== undefined)
    return words.templateField(second, third, fourth);
  if (first === 'answers' && second !== undefined) return words.answerField(field.slice('answers.'.length));
  if (first === 'organizationFacts' && second !== undefined) return words.factField(second);
  if (first === 'languages') return words.field.languages!;
  return field;
}

// hasOwn, so that a code such as "constructor" never finds Object.prototype's.
function wordingOf(code: string | undefined, language: Language): Wording | undefined {
  const wording = PROBLEM_TEXT[language] as Readonly<Record<string, Wording>>;
  return code !== undefined && Object.hasOwn(wording, code) ? wording[code] : undefined;
}

/** One field's line: its name, then what is wrong with it (the server's English for an unknown code). */
function fieldLine(error: FieldProblem, language: Language): string {
  const wording = wordingOf(error.code, language);
  const problem = wording ? wording(error.params ?? {}, []) : (error.message ?? '');
  const name = fieldName(error.field ?? '(body)', language);
  // What is wrong reads on from the field's name: "the name must…", "名称不能…".
  return language === 'zh-cn' ? `${name}${problem}` : `${name} ${problem}`;
}

function problemOf(error: unknown): CodedProblem | null {
  if (error instanceof ApiError) return error.problem;
  if (typeof error === 'object' && error !== null && !(error instanceof Error)) return error as CodedProblem;
  return null;
}

/**
 * What a failure says to the reader: a failed request (ApiError), a problem+json or one of its fields, or
 * anything else thrown (worded as a failure of this page).
 * @example errorText({ code: 'campaign.closed' }, 'zh-cn') // '本次调查已结束，不能再更改。'
 */
export function errorText(error: unknown, language: Language): string {
  const words = ERROR_TEXT[language];
  const problem = problemOf(error);
  if (!problem) {
    const message = error instanceof Error ? error.message : '';
    return message ? words.unknown(message) : words.unexplained;
  }
  const wording = wordingOf(problem.code, language);
  if (wording) {
    const fields = (problem.errors ?? []).map((e) => fieldLine(e, language));
    return wording(problem.params ?? {}, fields);
  }
  const detail = problem.detail ?? problem.message ?? '';
  return detail ? words.unknown(detail) : words.unexplained;
}
