// What the campaign page says about the ways of answering (what each guarantees), access codes and suspect
// submissions through shared links, in both languages.

import type { Language } from '../../components/language-switch';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const EN = {
  // What each way of answering guarantees.
  ways: 'Ways of answering, and what each guarantees',
  personalWay:
    'Personal links (from a staff list): one answer per person. Each link answers once, and the response keeps nothing of it.',
  codesWay:
    'Access codes (printed or handed out): one answer per code, and never more codes than the department has people. A code names nobody.',
  sharedWay:
    'Shared links (one per department, or one for everyone): anyone holding a link can answer several times, up to the department’s headcount, and on the link for everyone can pick any department. Use them only where a staff list cannot be had.',
  keptApart:
    'The ways are kept apart per department, or per reporting group where departments are merged: once codes are made or a staff list is imported for it, shared links take no answers for it; once it holds answers through a shared link, it gets no codes and no staff list. So nobody who answered with a personal link or a code is ever reported beside answers someone holding a shared link could have added.',
  holdersNote:
    'Whoever exports personal links (the mail-merge file) or prints access codes holds them, and could answer in those colleagues’ place; nothing in the software can tell, except that those colleagues then find their link or code already used. Give those files and cards only to the people they are for.',
  sharedInsider:
    'What someone holding a shared link can still do: add answers of their own, up to the headcount. A person who knows what they added could then work out a small group’s one real answer from its report. Bursts and near-copies are flagged to administrators, who can exclude them; varied answers sent one at a time cannot be told from real ones.',
  readersNote:
    'Shared links and codes are shown only to those who send the survey out (administrators); executives, department heads and consultants never get them.',
  listNote:
    'A staff list is imported: everyone listed holds a place with their personal link, so in their departments shared links take no answers and no codes can be made.',
  excluded: (count: number) =>
    `${n(count, 'suspect submission was', 'suspect submissions were')} excluded from this campaign (recorded in the audit log).`,
  // Access codes
  codes: 'Access codes',
  codesIntro:
    'For people you cannot email: print the codes and hand one to each person. A code answers once, for the department it was made for. The codes are shown only once, right after they are made: print or download them then. Only a fingerprint of each is kept.',
  codesFor: 'Department',
  codesCount: 'Number of codes',
  makeCodes: 'Make codes',
  issued: 'Codes made',
  madeNow: (count: number, department: string) =>
    `${n(count, 'code', 'codes')} for ${department}. They are shown only now: print or download them before leaving this page.`,
  print: 'Print the codes',
  downloadCodes: 'Download the codes (CSV)',
  cardTitle: (organization: string) => `Readiness survey of ${organization}`,
  cardHow: (address: string) => `Open ${address} and type your code:`,
  cardOnce: 'The code answers once. It does not say who you are.',
  // Suspect submissions
  suspects: 'Suspect submissions',
  suspectsIntro:
    'Answers through shared links that came in a burst, or that nearly repeat another answer through the same link, as far as the server has seen them since it last started (the last 24 hours at most). Only counts are shown, never answers. A team answering together at a meeting can also come in a burst: exclude only what you believe is not real. Excluding deletes those answers for good and is recorded in the audit log; it is possible only while the report still holds them back, so decide soon.',
  noSuspects: 'Nothing suspect.',
  alert: (link: string, recent: number, burst: { count: number; minutes: number } | null, copies: number) =>
    [
      `${n(recent, 'submission', 'submissions')} through ${link} recently`,
      burst && `${burst.count} of them within ${n(burst.minutes, 'minute', 'minutes')}`,
      copies > 0 && `${copies} nearly identical to another`,
    ]
      .filter(Boolean)
      .join('; ') + '.',
  linkOf: (department: string) => `the ${department} link`,
  everyoneLink: 'the link for everyone',
  exclude: (count: number) => `Exclude these ${n(count, 'submission', 'submissions')}`,
  excludeConfirm: (count: number) =>
    `Delete ${n(count, 'submission', 'submissions')} for good? This cannot be undone and is recorded in the audit log.`,
  keep: 'Keep them',
  excludedNow: (count: number) => `${n(count, 'submission', 'submissions')} excluded.`,
};

export type DistributionText = typeof EN;

const ZH: DistributionText = {
  ways: '作答途径及各自的保证',
  personalWay: '个人链接（来自员工名单）：每人一份回答。每个链接只能提交一次，回答中不保留任何链接信息。',
  codesWay: '访问码（打印或当面发放）：每个码一份回答，访问码的数量永远不会多于部门人数。访问码不记名。',
  sharedWay:
    '共享链接（每个部门一个，或所有人共用一个）：任何持有链接的人都可以多次作答，最多到该部门的人数；使用所有人共用的链接时还可以任选部门。只有在拿不到员工名单时才使用共享链接。',
  keptApart:
    '各种作答途径按部门分开（部门合并为报告组时按报告组）：一旦为其生成了访问码或导入了员工名单，共享链接便不再接受该部门的回答；一旦该部门已有通过共享链接提交的回答，便不能再为其生成访问码或导入员工名单。因此，凭个人链接或访问码作答的人，永远不会与持有共享链接者可能添加的回答一起统计。',
  holdersNote:
    '导出个人链接（邮件合并文件）或打印访问码的人就持有这些链接和访问码，可以冒充同事作答；软件无法察觉，只是这些同事随后会发现自己的链接或访问码已被使用。请只把这些文件和卡片交给对应的本人。',
  sharedInsider:
    '持有共享链接的人仍然可以：自己添加回答，最多到部门人数。知道自己添加了什么内容的人，可能借此从报告中推算出一个小群体里唯一那份真实回答。集中涌入的提交和几乎相同的回答会提示给管理员，由管理员决定是否排除；但逐份发送、内容各不相同的回答无法与真实回答区分。',
  readersNote: '共享链接和访问码只向负责发放问卷的人（管理员）显示；高管、部门负责人和顾问都看不到。',
  listNote:
    '已导入员工名单：名单上的每个人都凭个人链接占有一个名额，因此在这些部门中，共享链接不再接受回答，也不能再生成访问码。',
  excluded: (count) => `本调查已排除 ${count} 份可疑提交（已记入审计日志）。`,
  codes: '访问码',
  codesIntro:
    '适用于无法发送邮件的人员：打印访问码，每人发一个。每个访问码只能为其所属部门作答一次。访问码只在生成后显示这一次，请当时打印或下载。系统只保存每个访问码的指纹。',
  codesFor: '部门',
  codesCount: '访问码数量',
  makeCodes: '生成访问码',
  issued: '已生成的访问码',
  madeNow: (count, department) =>
    `已为${department}生成 ${count} 个访问码。它们只显示这一次：离开本页前请打印或下载。`,
  print: '打印访问码',
  downloadCodes: '下载访问码（CSV）',
  cardTitle: (organization) => `${organization}准备度调查`,
  cardHow: (address) => `打开 ${address}，输入您的访问码：`,
  cardOnce: '此访问码只能作答一次，不会显示您的身份。',
  suspects: '可疑提交',
  suspectsIntro:
    '通过共享链接集中涌入的提交，或与同一链接的另一份回答几乎相同的提交；仅限服务器自上次启动以来（最多最近 24 小时）所见。这里只显示数量，从不显示回答内容。团队在会上一起作答也可能集中涌入：只排除您认为不真实的提交。排除会永久删除这些回答，并记入审计日志；只有在报告仍暂缓计入这些提交时才能排除，请尽早决定。',
  noSuspects: '没有可疑提交。',
  alert: (link, recent, burst, copies) =>
    [
      `最近通过${link}提交了 ${recent} 份`,
      burst && `其中 ${burst.count} 份在 ${burst.minutes} 分钟内提交`,
      copies > 0 && `${copies} 份与另一份几乎相同`,
    ]
      .filter(Boolean)
      .join('；') + '。',
  linkOf: (department) => `${department}的链接`,
  everyoneLink: '所有人共用的链接',
  exclude: (count) => `排除这 ${count} 份提交`,
  excludeConfirm: (count) => `要永久删除 ${count} 份提交吗？此操作无法撤销，并会记入审计日志。`,
  keep: '保留',
  excludedNow: (count) => `已排除 ${count} 份提交。`,
};

export const DISTRIBUTION_TEXT = { en: EN, 'zh-cn': ZH } satisfies Record<Language, DistributionText>;
