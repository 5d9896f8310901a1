// What the goal audit looks for in an answer's text, in English and Simplified Chinese: deadlines, numbers,
// "keep it steady" wording, vague verbs, task verbs, and the markers and breaks that split an objective from
// its key results.
//
// An answer is whatever anyone with a shared survey link sends, so every pattern here reads a text in time
// linear in its length. A backtracking pattern that restarts a long run of digits, Chinese numerals or
// spaces from each position in it costs the square of the run (a 1,000-character run of 三 took 20 ms,
// and "within" followed by spaces the cube), and 2,000 such answers froze the report build for 41 s. The
// rules that keep them linear, which the hostile-text tests check on every pattern exported here:
// - a repeat that can fail after reading a whole run starts only at the run's first character (a
//   lookbehind turns the other positions away at once), so each run is read once, not once per position;
// - two repeats that can take the same characters are never next to each other, even across something
//   optional (`\s*(?:个\s*)?`, never `\s*个?\s*`), so a run of spaces has one way to be split, not one
//   per pair of positions;
// - what cannot be said that way is a hand-written scanner (hasChineseQuantity, trimItem).

const pattern = (sources: readonly string[]): RegExp => new RegExp(sources.join('|'), 'gi');
const words = (list: string): readonly string[] => list.split('|');

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const PERIODS = 'quarter|year|month|half|sprint|week|cycle|fiscal year|financial year';
const COUNT = String.raw`\d+|an?|one|two|three|four|five|six|nine|twelve|few`;

export const TIME = pattern([
  String.raw`\b(?:q[1-4]|h[12])\b(?:\s*(?:fy\s*)?'?\d{2,4}\b)?`,
  String.raw`\bfy\s*'?\d{2,4}\b|\b20[2-4]\d\b`,
  String.raw`\b\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b`,
  // "may" and "mar" are ordinary words, so short month names only count after a deadline word.
  String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`,
  String.raw`\b(?:by|before|until|till|in|through|end of)\s+(?:${MONTHS})\b`,
  String.raw`\b(?:this|next|current|coming|following)\s+(?:${PERIODS})\b|\b(?:end|close)\s+of\s+(?:the\s+)?(?:${PERIODS})\b`,
  String.raw`\b(?:year|quarter|month)[- ]end\b|\beo[yqm]\b|\b(?:first|second)\s+half\b`,
  String.raw`\b(?:within|over|inside)\s+(?:the\s+)?(?:(?:next|first|coming)\s+)?(?:(?:${COUNT})\s*)?(?:-\s*)?(?:days?|weeks?|months?|quarters?|years?)\b`,
  // "open an account in 1 day" is a target, not a deadline, so bare "in" needs weeks or longer.
  String.raw`\bin\s+(?:the\s+)?(?:(?:next|first|coming)\s+)?(?:${COUNT})\s*(?:-\s*)?(?:weeks?|months?|quarters?|years?)\b`,
  // What follows the number is never a numeral, so a match can only start where the run of numerals does.
  String.raw`(?:(?<!\d)\d+|(?<![一二两三四五六七八九十半])[一二两三四五六七八九十半]+)\s*(?:个\s*)?(?:月|星期|周|天|日|年|季度|工作日)\s*(?:内|之内|以内|前|之前|后|底|末)`,
  String.raw`\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末|初|中|前|份)?`,
  '季度|半年|全年|年底|年末|年中|年初|月底|月末|月初|本月|下个?月|本周|下周|今年|明年|年度|财年|截至|截止',
]);

/** Numbers in digits and words; Chinese numerals with a magnitude or a counted noun are hasChineseQuantity. */
export const NUMBER = pattern([
  String.raw`\d|[%％‰]|百分之|百分点|翻倍|翻番|翻一番|翻两番|减半|腰斩`,
  '[一二两三四五六七八九十半]\\s*(?:成|倍)(?![为功立长本员果熟绩品不])',
  String.raw`\b(?:percent|per\s*cent|percentage points?|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|twice|(?:two|three|ten)fold)\b`,
  String.raw`\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)\b`,
]);
// Names with a digit in them ("H5 page", "5G", "B2B") are not quantities.
export const NOT_QUANTITY = pattern([String.raw`\b(?:h5|[bc]2[bc]|o2o|p2p|[345]g|[23]d|web3|kr\s*\d+)\b`]);

export const STEADY = pattern([
  String.raw`\b(?:maintain|sustain)(?:s|ed|ing)?\b|\bpreserv(?:e|es|ed|ing)\b|\b(?:keep(?:s|ing)?|kept)\b`,
  String.raw`\b(?:stay|remain)(?:s|ed|ing)?\s+(?:at|above|below|under|within|over|stable|steady|flat|the same)\b`,
  String.raw`\b(?:steady|stable|flat)\s+at\b|\bhold(?:ing)?\s+steady\b|\bbusiness as usual\b`,
  String.raw`\b(?:not|never)\s+(?:drop|fall|dip|go)\s+(?:below|under)\b`,
  String.raw`\bensure\b[^;。；\n]{0,60}?\b(?:uptime|availability|stable|stability|remains?|stays?|at least)\b`,
  String.raw`\b(?:current|existing|today's|last year's|same)\s+levels?\b`,
  '保持|维持|稳定在|守住|持平|维稳|不(?:下降|下滑|跌破)',
  '确保[^；;。\\n]{0,30}?(?:不(?:低于|少于|下降|超过)|可用性|稳定|正常运行)',
]);

export const VAGUE = pattern([
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

export const startsWithVerb = (verbs: readonly string[]): RegExp =>
  new RegExp(String.raw`^(?:${verbs.join('|')})(?:s|d|es|ed|ing)?\b`, 'i');
// Chinese puts the subject first ("市场部完成…"), so the verb may sit a few characters in; 完成率 is a metric,
// and 完成销售额… means hitting a target, not doing a task.
export const verbNearStartZh = (verbs: readonly string[]): RegExp =>
  new RegExp(`^[^，,。；;]{0,4}?(?:${verbs.join('|')})(?!率|度|量|数|销售|业绩|营收|收入|指标|目标|回款)`);

export const ACTIVITY: readonly RegExp[] = [
  startsWithVerb(ACTIVITY_VERBS),
  verbNearStartZh(ACTIVITY_VERBS_ZH),
  /\b(?:completed|finished|written|drafted|held|done|organi[sz]ed|prepared|submitted|published|attended)$/i,
  /(?:完成|完毕)$/,
];
export const OUTPUT: readonly RegExp[] = [
  startsWithVerb(OUTPUT_VERBS),
  verbNearStartZh(OUTPUT_VERBS_ZH),
  /\b(?:launched|released|shipped|delivered|built|created|implemented|deployed|rolled out|live)$/i,
  /(?:上线|发布|推出|交付|落地)$/,
];
export const SUBJECT =
  /^(?:(?:we|i|they|everyone|(?:the|our)\s+team|(?:the\s+|our\s+)?[a-z&-]+\s+(?:team|department|dept|squad|unit|division))\s+(?:will|shall|must|should|to|needs? to|plans? to|aims? to|wants? to|is going to|are going to)\s+|to\s+)/i;

export const OBJECTIVE_MARKER = /^\s*(?:(?:objective|目标)\s*(?:\d+\s*)?[:：\-–—]|o\s*(?:\d+\s*)?[:：])\s*/i;
// Linear although `\s*#?\d*` may take nothing before the final `\s*`: the only thing that can fail after
// "kr" is the lookahead, and giving back one character always satisfies it.
export const KR_MARKER =
  /(?:\bkrs?\s*#?\d*(?![a-z])|\bkey\s+results?\s*#?\d*|关键结果\s*\d*)\s*[:：.、)）\-–—]?/gi;
export const ITEM_BREAK = pattern([
  String.raw`\r?\n|[;；•]`,
  // "1." starts an item only after a break, so "from 3 days to 1." and "3.5%" stay whole.
  String.raw`(?<=^|[:：。，,]|[.!?]\s)\s*\d{1,2}[.．](?!\d)`,
  String.raw`(?<=^|\s|[:：。，,])\d{1,2}[)）]|(?<!\d)\d{1,2}、|[(（]\d{1,2}[)）]|[①-⑩]`,
  // A bullet's indent stops at the line's end (the line break is a break of its own), so a run of
  // indented blank lines is read once rather than once per line.
  String.raw`(?<=^|\s|[:：。，,])[一二三四五六七八九十][、．]|(?<=^|\n)[^\S\n]*[-*]\s+`,
]);
export const SENTENCE_END = /[。！？!?]|\.(?=\s|$)/g;

const ZH_NUMERALS = new Set('零一二两三四五六七八九十百千万亿');
/** Where a Chinese number can start: any numeral but 零 and 一, or 一 before a magnitude (一百, 一万). */
const ZH_FIRST = new Set('二两三四五六七八九十');
const ZH_AFTER_ONE = new Set('十百千万亿');
const ZH_MAGNITUDES = new Set('万亿千百');
const ZH_COUNTED = words('万|亿|千|百|名|位|人|家|件|单|元|次|个百分点|个客户|个用户');
const WHITESPACE = /\s/;

/**
 * Whether the text has a Chinese number with a magnitude or a counted noun after it: 三万, 二十五名,
 * 一百 二十 人, but not 一一 or 三三 alone. Reads each run of numerals once: the run's first place a number
 * can start sees the most of it, so a later start could not find anything it missed.
 * @example hasChineseQuantity('新增经销商二十家') // true
 */
export function hasChineseQuantity(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    if (!ZH_NUMERALS.has(text[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && ZH_NUMERALS.has(text[end]!)) end++;
    let from = -1;
    for (let j = i; j < end && from === -1; j++) {
      if (ZH_FIRST.has(text[j]!)) from = j + 1;
      else if (text[j] === '一' && ZH_AFTER_ONE.has(text[j + 1] ?? '')) from = j + 2;
    }
    if (from !== -1) {
      for (let k = from; k < end; k++) if (ZH_MAGNITUDES.has(text[k]!)) return true;
      let next = end;
      while (next < text.length && WHITESPACE.test(text[next]!)) next++;
      if (ZH_COUNTED.some((noun) => text.startsWith(noun, next))) return true;
    }
    i = end;
  }
  return false;
}

const LEADING_JUNK = /[\s\-*:：.、,，)）(（]/;
const TRAILING_JUNK = /[\s.。,，;；:：!！?？]/;

/**
 * An item without the bullets and spaces before it and the punctuation and spaces after it. A scanner, not
 * a pattern: `[…]+$` would read a run of spaces in the middle again from each of its positions.
 * @example trimItem('- Raise NPS to 40;') // 'Raise NPS to 40'
 */
export function trimItem(text: string): string {
  let start = 0;
  while (start < text.length && LEADING_JUNK.test(text[start]!)) start++;
  let end = text.length;
  while (end > start && TRAILING_JUNK.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}
