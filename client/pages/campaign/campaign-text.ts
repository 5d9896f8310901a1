// What the campaign page says around the staff list and sending sections, in both languages.

import type { DisclosureStatus } from '../../../server/domain/anonymity/disclosure-preview';
import type { Language } from '../../components/language-switch';

const pct = (share: number) => `${Math.round(share * 100)}%`;

const en = {
  fallbackTitle: 'Campaign',
  notFound: 'There is no such campaign, or you have no role in its organization.',
  summary: (min: number, version: string) => `minimum group size ${min} · model v${version}`,
  open: 'Open the campaign for responses',
  openConfirm:
    'Opening fixes the group sizes, languages, target, opening date and reporting groups for this campaign. Open it now?',
  close: 'Close the campaign',
  closeConfirm: 'Once closed, the survey accepts no more answers. Close it now?',
  report: 'View the readiness report',
  refresh: 'Refresh',
  draftNotice: 'Set the campaign up, then open it: links accept answers only once it is open.',
  scheduledNotice: (day: string) => `Opened; the survey starts accepting answers on ${day}.`,
  closesNotice: (day: string) => `Answers are accepted until the end of ${day}.`,
  closedNotice: 'This campaign is closed: no more answers are accepted.',
  // Settings
  settings: 'Settings',
  settingsLocked:
    'Fixed when the campaign opened, so every report of this wave follows the same rules. Only the last day to answer can still move.',
  settingsClosed: 'The campaign is closed: none of its settings or dates can change any more.',
  firstDay: 'First day to answer',
  lastDay: 'Last day to answer',
  minGroupSize: 'Minimum group size',
  minGroupSizeHint: 'No figure is shown about a group with fewer responses (never below 3).',
  commentMinimum: 'Comments shown from',
  commentMinimumHint: 'Free-text comments are shown only for groups with at least this many responses.',
  languages: 'Languages of the survey',
  targetRate: 'Target response rate (%)',
  opensOn: 'Opens on (optional)',
  closesOn: 'Last day to answer (optional)',
  save: 'Save settings',
  saved: 'Saved.',
  none: 'not set',
  // Disclosure preview and reporting groups
  disclosure: 'Who the reports will show',
  disclosureIntro: (min: number, target: number) =>
    `Reports show no figure about a group of fewer than ${min} responses. Judged from the staff list (or headcounts) at a ${pct(target)} response rate, before anyone answers.`,
  disclosureAdvice:
    'Merge small departments into one reporting group before opening: their people are then reported together, and their answers still count for the whole organization.',
  department: 'Department or group',
  people: 'People',
  expected: (target: number) => `Expected at ${pct(target)}`,
  inReports: 'In reports',
  status: {
    hidden: 'Always hidden: fewer people than the minimum group size',
    'hidden-to-protect': 'Hidden to protect a smaller group (it could be worked out by subtraction)',
    'at-risk': 'At risk: shown only if more answer than the target',
    shown: 'Shown at the target response rate',
  } as Record<DisclosureStatus, string>,
  groups: 'Reporting groups',
  groupMembers: (names: string) => `Reports together: ${names}`,
  split: 'Report separately again',
  mergeLegend: 'Merge departments into a reporting group',
  groupName: 'Name of the group',
  merge: 'Merge',
  // Tracking
  tracking: 'Response tracking',
  live: 'Updates by itself while the campaign is open.',
  /** Follows the number of answers, which is shown large just before it. */
  overall: (people: number, rate: string) => `of ${people} people answered (${rate}).`,
  target: (target: number, toGo: number) =>
    toGo === 0
      ? `Target of ${pct(target)} reached.`
      : `Target ${pct(target)}: ${toGo} more ${toGo === 1 ? 'answer' : 'answers'} needed.`,
  invitedStarted: (invited: number, started: number, answered: number) =>
    `${invited} personal invitations: ${started} opened, ${answered} answered.`,
  answeredOtherwise: (n: number) =>
    `${n} ${n === 1 ? 'answer' : 'answers'} through access codes or shared links.`,
  byLink: 'Personal links',
  otherwise: 'Access codes and shared links',
  inAll: 'All answers',
  invited: 'Invited',
  started: 'Opened',
  answered: 'Answered',
  rate: 'Response rate',
  fewer: (min: number) => `fewer than ${min}`,
  protecting: 'hidden to protect a smaller group',
  withheldNote:
    'Counts below the minimum group size are not shown, nor the next-smallest group’s when it would give them away by subtraction.',
  openingsNote:
    'Only personal links are counted when opened. An access code or a shared link leaves no trace until its answer arrives, so those answers are counted on their own.',
  // Shared links
  links: 'Shared survey links',
  linksIntro:
    'For organizations that prefer not to collect emails: one link for everyone (respondents pick their department) or one per department. Shared links carry nothing personal, and cannot tell people apart: each takes at most as many answers as the department has people, and whoever holds one can answer more than once. Prefer personal links or access codes.',
  everyone: 'Everyone (respondents pick their department)',
  unknownDepartment: 'Unknown department',
  linkFor: 'For',
  link: 'Link',
  copy: 'Copy',
  copied: 'Copied',
  copyFor: (name: string) => ` link for ${name}`,
};

export type CampaignText = typeof en;

const zh: CampaignText = {
  fallbackTitle: '调查活动',
  notFound: '找不到该调查活动，或您在其所属组织中没有角色。',
  summary: (min, version) => `最小分组人数 ${min} · 模型 v${version}`,
  open: '开启调查',
  openConfirm: '开启后，本次调查的最小分组人数、语言、目标回复率、开始日期和报告分组将被锁定。现在开启吗？',
  close: '结束调查',
  closeConfirm: '结束后，问卷将不再接受任何回答。现在结束吗？',
  report: '查看准备度报告',
  refresh: '刷新',
  draftNotice: '请先完成设置再开启调查：只有开启后，链接才会接受回答。',
  scheduledNotice: (day) => `已开启；问卷将于 ${day} 开始接受回答。`,
  closesNotice: (day) => `回答截止到 ${day} 当天结束。`,
  closedNotice: '本调查已结束，不再接受回答。',
  settings: '设置',
  settingsLocked: '这些设置在调查开启时已锁定，确保本轮所有报告遵循同一套规则。只有最后回答日期仍可调整。',
  settingsClosed: '本调查已结束：其设置和日期都不能再更改。',
  firstDay: '开始回答日期',
  lastDay: '最后回答日期',
  minGroupSize: '最小分组人数',
  minGroupSizeHint: '回答人数少于此数的群体不显示任何数据（不得低于 3）。',
  commentMinimum: '显示评论的最低人数',
  commentMinimumHint: '只有回答人数达到此数的群体才会显示开放式评论。',
  languages: '问卷语言',
  targetRate: '目标回复率（%）',
  opensOn: '开始日期（可选）',
  closesOn: '最后回答日期（可选）',
  save: '保存设置',
  saved: '已保存。',
  none: '未设置',
  disclosure: '报告将显示哪些群体',
  disclosureIntro: (min, target) =>
    `回答少于 ${min} 份的群体，报告不显示其任何数据。以下按员工名单（或编制人数）和 ${pct(target)} 的回复率预估，尚未有人作答。`,
  disclosureAdvice:
    '建议在开启前把人数较少的部门合并为一个报告分组：这些人员将合并报告，其回答仍计入整个组织的结果。',
  department: '部门或分组',
  people: '人数',
  expected: (target) => `按 ${pct(target)} 预计回答`,
  inReports: '报告中',
  status: {
    hidden: '始终隐藏：人数少于最小分组人数',
    'hidden-to-protect': '为保护更小的群体而隐藏（否则可通过相减推算出来）',
    'at-risk': '有风险：只有回答人数超过目标时才会显示',
    shown: '按目标回复率可以显示',
  },
  groups: '报告分组',
  groupMembers: (names) => `合并报告：${names}`,
  split: '恢复单独报告',
  mergeLegend: '将部门合并为报告分组',
  groupName: '分组名称',
  merge: '合并',
  tracking: '回复进度',
  live: '调查进行期间自动更新。',
  overall: (people, rate) => `/ ${people} 人已回答（${rate}）。`,
  target: (target, toGo) =>
    toGo === 0 ? `已达到 ${pct(target)} 的目标。` : `目标 ${pct(target)}：还需要 ${toGo} 份回答。`,
  invitedStarted: (invited, started, answered) =>
    `已发出 ${invited} 份个人邀请：${started} 份已打开，${answered} 份已回答。`,
  answeredOtherwise: (n) => `通过访问码或共享链接收到 ${n} 份回答。`,
  byLink: '个人链接',
  otherwise: '访问码和共享链接',
  inAll: '全部回答',
  invited: '已邀请',
  started: '已打开',
  answered: '已回答',
  rate: '回复率',
  fewer: (min) => `少于 ${min}`,
  protecting: '为保护更小的群体而隐藏',
  withheldNote: '低于最小分组人数的计数不予显示；若次小群体的计数可被用来相减推算，也一并隐藏。',
  openingsNote:
    '只有个人链接会记录是否已打开。访问码和共享链接在回答提交之前不留任何记录，因此这些回答单独统计。',
  links: '共享问卷链接',
  linksIntro:
    '适用于不希望收集邮箱的组织：可向所有人发送同一个链接（由回答者选择部门），或每个部门一个链接。共享链接不含任何个人信息，也无法区分作答者：每个链接最多接受与部门人数相同的回答，持有链接的人可以多次作答。请优先使用个人链接或访问码。',
  everyone: '所有人（回答者自选部门）',
  unknownDepartment: '未知部门',
  linkFor: '适用对象',
  link: '链接',
  copy: '复制',
  copied: '已复制',
  copyFor: (name) => `（${name}的链接）`,
};

export const CAMPAIGN_TEXT = { en, 'zh-cn': zh } satisfies Record<Language, CampaignText>;
