// Goal audit: judges one free-text objective and its key results against SMART (Doran 1981: specific,
// measurable, time-bound) and two OKR anti-patterns: key results that are tasks rather than outcomes, and
// the "business-as-usual OKR" that only keeps a level steady. Word lists cover English and Simplified Chinese.

import { wilsonInterval, type ProportionEstimate } from './statistics/intervals';

export const GOAL_CHECKS = [
  'measurable',
  'time-bound',
  'outcome',
  'not-business-as-usual',
  'specific',
] as const;
export type GoalCheck = (typeof GOAL_CHECKS)[number];

/** How the report names each check, in plain words. */
export const GOAL_CHECK_TEXT: Record<GoalCheck, { en: string; 'zh-cn': string }> = {
  measurable: { en: 'Has a number to hit', 'zh-cn': '有可衡量的数字' },
  'time-bound': { en: 'Has a deadline or a period', 'zh-cn': '有截止时间或周期' },
  outcome: { en: 'Describes a result, not a task', 'zh-cn': '写的是结果，不是任务' },
  'not-business-as-usual': {
    en: 'Aims to change something, not to hold a level',
    'zh-cn': '追求改变，而非维持现状',
  },
  specific: { en: 'Says exactly what will change', 'zh-cn': '说清楚要改变什么' },
};

export interface GoalAudit {
  /** The answer, trimmed. */
  text: string;
  /** Key results found; 0 when the answer is a single statement. */
  keyResults: number;
  passed: Record<GoalCheck, boolean>;
  /** Every check passed. */
  isSmart: boolean;
}

export interface GoalAuditSummary {
  /** Answers long enough to judge. */
  audited: number;
  smart: ProportionEstimate;
  /** Share of audited answers failing each check. */
  failing: Record<GoalCheck, ProportionEstimate>;
}

/** Below this weight there is nothing to judge; a Chinese character carries about as much as two letters. */
const MIN_WEIGHT = 8;

const pattern = (sources: readonly string[]): RegExp => new RegExp(sources.join('|'), 'gi');
const matches = (re: RegExp, s: string): boolean => s.search(re) !== -1;
const words = (list: string): readonly string[] => list.split('|');

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const PERIODS = 'quarter|year|month|half|sprint|week|cycle|fiscal year|financial year';
const COUNT = String.raw`\d+|an?|one|two|three|four|five|six|nine|twelve|few`;

const TIME = pattern([
  String.raw`\b(?:q[1-4]|h[12])\b(?:\s*(?:fy)?\s*'?\d{2,4}\b)?`,
  String.raw`\bfy\s*'?\d{2,4}\b|\b20[2-4]\d\b`,
  String.raw`\b\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b`,
  // "may" and "mar" are ordinary words, so short month names only count after a deadline word.
  String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`,
  String.raw`\b(?:by|before|until|till|in|through|end of)\s+(?:${MONTHS})\b`,
  String.raw`\b(?:this|next|current|coming|following)\s+(?:${PERIODS})\b|\b(?:end|close)\s+of\s+(?:the\s+)?(?:${PERIODS})\b`,
  String.raw`\b(?:year|quarter|month)[- ]end\b|\beo[yqm]\b|\b(?:first|second)\s+half\b`,
  String.raw`\b(?:within|over|inside)\s+(?:the\s+)?(?:(?:next|first|coming)\s+)?(?:${COUNT})?\s*-?\s*(?:days?|weeks?|months?|quarters?|years?)\b`,
  // "open an account in 1 day" is a target, not a deadline, so bare "in" needs weeks or longer.
  String.raw`\bin\s+(?:the\s+)?(?:(?:next|first|coming)\s+)?(?:${COUNT})\s*-?\s*(?:weeks?|months?|quarters?|years?)\b`,
  String.raw`(?:\d+|[一二两三四五六七八九十半]+)\s*个?\s*(?:月|星期|周|天|日|年|季度|工作日)\s*(?:内|之内|以内|前|之前|后|底|末)`,
  String.raw`\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末|初|中|前|份)?`,
  '季度|半年|全年|年底|年末|年中|年初|月底|月末|月初|本月|下个?月|本周|下周|今年|明年|年度|财年|截至|截止',
]);

const NUMBER = pattern([
  String.raw`\d|[%％‰]|百分之|百分点|翻倍|翻番|翻一番|翻两番|减半|腰斩`,
  '[一二两三四五六七八九十半]\\s*(?:成|倍)(?![为功立长本员果熟绩品不])',
  '(?:[二两三四五六七八九十]|一[十百千万亿])[零一二两三四五六七八九十百千万亿]*\\s*(?:万|亿|千|百|名|位|人|家|件|单|元|次|个百分点|个客户|个用户)',
  String.raw`\b(?:percent|per\s*cent|percentage points?|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|twice|(?:two|three|ten)fold)\b`,
  String.raw`\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)\b`,
]);
// Names with a digit in them ("H5 page", "5G", "B2B") are not quantities.
const NOT_QUANTITY = pattern([String.raw`\b(?:h5|[bc]2[bc]|o2o|p2p|[345]g|[23]d|web3|kr\s*\d+)\b`]);

const STEADY = pattern([
  String.raw`\b(?:maintain|sustain|preserve)(?:s|ed|ing)?\b|\b(?:keep(?:s|ing)?|kept)\b`,
  String.raw`\b(?:stay|remain)(?:s|ed|ing)?\s+(?:at|above|below|under|within|over|stable|steady|flat|the same)\b`,
  String.raw`\b(?:steady|stable|flat)\s+at\b|\bhold(?:ing)?\s+steady\b|\bbusiness as usual\b`,
  String.raw`\b(?:not|never)\s+(?:drop|fall|dip|go)\s+(?:below|under)\b`,
  String.raw`\bensure\b[^;。；\n]{0,60}?\b(?:uptime|availability|stable|stability|remains?|stays?|at least)\b`,
  String.raw`\b(?:current|existing|today's|last year's|same)\s+levels?\b`,
  '保持|维持|稳定在|守住|持平|维稳|不(?:下降|下滑|跌破)',
  '确保[^；;。\\n]{0,30}?(?:不(?:低于|少于|下降|超过)|可用性|稳定|正常运行)',
]);

const VAGUE = pattern([
  String.raw`\b(?:improv|enhanc|optimi[sz]|strengthen|streamlin|empower|leverag)\w*`,
  String.raw`\b(?:better|awareness|user experience|customer experience|ux|world[- ]class|best[- ]in[- ]class|significantly|greatly|as (?:much|soon) as possible)\b`,
  '提升|提高|优化|加强|改善|改进|更好|增强|完善|显著|大幅|尽快|进一步|用户体验|客户体验|知名度|影响力|赋能',
]);

/** Verbs that name work to do: a key result starting with one is a task, whatever number it carries. */
const ACTIVITY_VERBS = words(
  'complete|finish|finali[sz]e|write|draft|hold|host|attend|organi[sz]e|prepare|do|conduct|participate|schedule|document|review|update|set up|plan|submit|publish|train|hire',
);
const ACTIVITY_VERBS_ZH = words(
  '完成|编写|撰写|召开|组织|开展|举办|举行|参加|参与|制定|制作|准备|整理|输出|提交|梳理|安排|培训|进行|落实|推进|执行',
);
/** Verbs that name an output: a task unless the key result also measures what the output achieves. */
const OUTPUT_VERBS = words(
  'launch|release|ship|roll out|go live|deliver|build|create|develop|implement|introduce|deploy|migrate',
);
const OUTPUT_VERBS_ZH = words('上线|发布|推出|开发|搭建|建立|建设|实施|部署|交付|打造');

const startsWithVerb = (verbs: readonly string[]): RegExp =>
  new RegExp(String.raw`^(?:${verbs.join('|')})(?:s|d|es|ed|ing)?\b`, 'i');
// Chinese puts the subject first ("市场部完成…"), so the verb may sit a few characters in; 完成率 is a metric,
// and 完成销售额… means hitting a target, not doing a task.
const verbNearStartZh = (verbs: readonly string[]): RegExp =>
  new RegExp(`^[^，,。；;]{0,4}?(?:${verbs.join('|')})(?!率|度|量|数|销售|业绩|营收|收入|指标|目标|回款)`);

const ACTIVITY = [
  startsWithVerb(ACTIVITY_VERBS),
  verbNearStartZh(ACTIVITY_VERBS_ZH),
  /\b(?:completed|finished|written|drafted|held|done|organi[sz]ed|prepared|submitted|published|attended)$/i,
  /(?:完成|完毕)$/,
];
const OUTPUT = [
  startsWithVerb(OUTPUT_VERBS),
  verbNearStartZh(OUTPUT_VERBS_ZH),
  /\b(?:launched|released|shipped|delivered|built|created|implemented|deployed|rolled out|live)$/i,
  /(?:上线|发布|推出|交付|落地)$/,
];
const SUBJECT =
  /^(?:(?:we|i|they|everyone|(?:the|our)\s+team|(?:the\s+|our\s+)?[a-z&-]+\s+(?:team|department|dept|squad|unit|division))\s+(?:will|shall|must|should|to|needs? to|plans? to|aims? to|wants? to|is going to|are going to)\s+|to\s+)/i;

const OBJECTIVE_MARKER = /^\s*(?:(?:objective|目标)\s*\d*\s*[:：\-–—]|o\s*\d*\s*[:：])\s*/i;
const KR_MARKER = /(?:\bkrs?\s*#?\d*(?![a-z])|\bkey\s+results?\s*#?\d*|关键结果\s*\d*)\s*[:：.、)）\-–—]?/gi;
const ITEM_BREAK = pattern([
  String.raw`\r?\n|[;；•]`,
  // "1." starts an item only after a break, so "from 3 days to 1." and "3.5%" stay whole.
  String.raw`(?<=^|[:：。，,]|[.!?]\s)\s*\d{1,2}[.．](?!\d)`,
  String.raw`(?<=^|\s|[:：。，,])\d{1,2}[)）]|(?<!\d)\d{1,2}、|[(（]\d{1,2}[)）]|[①-⑩]`,
  String.raw`(?<=^|\s|[:：。，,])[一二三四五六七八九十][、．]|(?<=^|\n)\s*[-*]\s+`,
]);
const SENTENCE_END = /[。！？!?]|\.(?=\s|$)/g;

function weight(s: string): number {
  return (s.match(/[a-z0-9]/gi)?.length ?? 0) + 2 * (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0);
}

function clean(s: string): string {
  return s.replace(/^[\s\-*:：.、,，)）(（]+|[\s.。,，;；:：!！?？]+$/g, '');
}

function items(s: string): string[] {
  return s
    .replace(ITEM_BREAK, '\n')
    .split('\n')
    .map(clean)
    .filter((item) => weight(item) >= 2);
}

/** Objective and key results; without KR markers, the first line or item is the objective. */
function splitGoal(text: string): { objective: string; keyResults: string[] } {
  const body = text.replace(OBJECTIVE_MARKER, '');
  const markers = body.match(KR_MARKER) ?? [];
  const at = body.search(KR_MARKER);
  if (at === -1) {
    const [first = '', ...rest] = items(body);
    return rest.length > 0
      ? { objective: first, keyResults: rest }
      : { objective: clean(body), keyResults: [] };
  }
  let krPart = body.slice(at).replace(KR_MARKER, '\n');
  // Under one unnumbered "Key results:" header, sentences are the only thing separating the results.
  if (markers.length === 1 && !/\d/.test(markers[0] ?? '')) krPart = krPart.replace(SENTENCE_END, '\n');
  return { objective: clean(body.slice(0, at)), keyResults: items(krPart) };
}

function isMeasurable(s: string): boolean {
  return matches(NUMBER, s.replace(TIME, ' ').replace(NOT_QUANTITY, ' '));
}

function isTask(unit: string): boolean {
  const clause = unit.replace(SUBJECT, '');
  const hits = (res: readonly RegExp[]): boolean => res.some((re) => re.test(unit) || re.test(clause));
  return hits(ACTIVITY) || (hits(OUTPUT) && !isMeasurable(unit));
}

const isVague = (s: string): boolean => matches(VAGUE, s) && !isMeasurable(s);

/**
 * SMART and OKR-pattern checks on one written objective with its key results, or null when the answer is
 * blank or too short to judge. Each check reads the key results, or the whole answer when none are marked.
 * @example auditGoal('目标：提升用户体验。关键结果：完成需求文档；优化页面。') // keyResults 2, every check but not-business-as-usual fails
 */
export function auditGoal(text: string): GoalAudit | null {
  const trimmed = text.trim();
  if (weight(trimmed) < MIN_WEIGHT) return null;
  const { objective, keyResults } = splitGoal(trimmed);
  const units = keyResults.length > 0 ? keyResults : [objective || trimmed];
  const tasks = units.filter(isTask).length;
  const passed: Record<GoalCheck, boolean> = {
    measurable: units.every(isMeasurable),
    'time-bound': matches(TIME, trimmed),
    // At least half of the key results being tasks makes the set a to-do list.
    outcome: tasks * 2 < units.length,
    'not-business-as-usual': !matches(STEADY, trimmed),
    // A qualitative objective is fine when a key result puts a number on it.
    specific: !keyResults.some(isVague) && !(isVague(objective || trimmed) && !keyResults.some(isMeasurable)),
  };
  return {
    text: trimmed,
    keyResults: keyResults.length,
    passed,
    isSmart: GOAL_CHECKS.every((c) => passed[c]),
  };
}

/** How many answers were judged, the share that is SMART, and the share failing each check (Wilson 95%). */
export function summarizeGoalAudits(texts: readonly string[]): GoalAuditSummary {
  const audits = texts.map((t) => auditGoal(t)).filter((a): a is GoalAudit => a !== null);
  const share = (count: (a: GoalAudit) => boolean): ProportionEstimate =>
    wilsonInterval(audits.filter(count).length, audits.length);
  const failing = Object.fromEntries(GOAL_CHECKS.map((c) => [c, share((a) => !a.passed[c])])) as Record<
    GoalCheck,
    ProportionEstimate
  >;
  return { audited: audits.length, smart: share((a) => a.isSmart), failing };
}
