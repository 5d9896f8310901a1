// The start page's own words, with the form that sets up an organization, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Organizations',
  lead: 'Find out whether your organization is ready for OKRs before you roll them out: survey your staff, and get a verdict with the evidence behind it and what to do first.',
  noRole:
    'You have no role in any organization yet. Ask the owner or an administrator of your organization for an invitation link.',
  demoHeading: 'New here?',
  demoText:
    'Load a demo organization with five departments and 54 synthetic responses to see a full readiness report straight away.',
  demoButton: 'Load the demo organization',
  demoLoading: 'Loading the demo…',
  size: (departments: number, people: number) => `${departments} departments, ${people} people`,
  newOrganization: 'Set up an organization',
  organizationName: 'Organization name',
  departments: 'Departments and their headcounts',
  department: (n: number) => `Department ${n}`,
  headcount: 'Headcount',
  /** Hidden after "Headcount" so each field's name says which department it counts. */
  headcountOf: (n: number) => ` of department ${n}`,
  remove: 'Remove',
  /** Hidden after "Remove", naming what it removes. */
  removeWhat: (n: number) => ` department ${n}`,
  addDepartment: 'Add a department',
  create: 'Create organization',
  creating: 'Creating…',
  archivedHeading: 'Archived organizations',
  noneArchived: 'No organization is archived.',
  archivedOn: (day: string) => `archived on ${day}`,
  unarchive: 'Take back',
  /** The name of a "Take back" button, saying which organization. */
  unarchiveNamed: (name: string) => `Take back ${name}`,
  /** When the next wave of a calibration cadence is due, by how near it is (next-wave-due.ts on the server). */
  nextWaveDue: {
    'not-yet': (day: string) => `Next wave due on ${day}`,
    soon: (day: string, days: number) =>
      `Next wave due soon: on ${day}, in ${days === 1 ? '1 day' : `${days} days`}`,
    due: (day: string, days: number) =>
      days === 0 ? `Next wave due today, ${day}` : `Next wave due now: it fell due on ${day}`,
    overdue: (day: string, days: number) => `Next wave overdue: it fell due on ${day}, ${days} days ago`,
  },
  cadenceSince: (months: number, last: string, closedOn: string) =>
    `${months === 3 ? 'Quarterly' : months === 1 ? 'Monthly' : `Every ${months} months`}, counted from “${last}”, closed on ${closedOn}.`,
  underway: (name: string, open: boolean) =>
    `The next wave, “${name}”, is ${open ? 'open' : 'being prepared as a draft'}:`,
  openUnderway: 'open it',
  makeNextWave: 'Make the next wave now',
  makingNextWave: 'Making the next wave…',
  /** Hidden after "Make the next wave now", naming the organization. */
  makeNextWaveFor: (organization: string) => ` for ${organization}`,
  /** The name proposed for the wave made from the start page: the quarter it is due in. */
  proposedName: (year: number, quarter: number) => `${year} Q${quarter} wave`,
  /** A portfolio card (portfolio-card.tsx): the latest campaign that has opened, as the reader's report shows it. */
  latestCampaign: (name: string, open: boolean) => `Latest campaign: “${name}”, ${open ? 'open' : 'closed'}`,
  responseRate: (rate: string) => `Response rate ${rate}`,
  responseRateWithheld: 'Response rate not shown in your view',
  scoresCaption: (organization: string) => `Readiness scores of ${organization}, out of 100`,
  scoreWithheld: 'not shown',
  noScores:
    'No organization-wide scores to show: too few answers so far, or they are not shown in your view.',
  openReport: 'Open the report',
  /** Hidden after "Open the report", naming the organization. */
  openReportOf: (organization: string) => ` of ${organization}`,
  noCampaignYet: 'No campaign has opened yet.',
};

export type HomeText = typeof EN;

export const HOME_TEXT = {
  en: EN,
  'zh-cn': {
    title: '组织',
    lead: '在推行 OKR 之前，先弄清组织是否已经准备就绪：向员工发放问卷，得到有数据支撑的结论，并知道应当先做什么。',
    noRole: '您目前在任何组织中都没有角色。请向所在组织的所有者或管理员索取邀请链接。',
    demoHeading: '初次使用？',
    demoText: '加载一个演示组织（5 个部门、54 份模拟回答），立即查看一份完整的准备度报告。',
    demoButton: '加载演示组织',
    demoLoading: '正在加载演示组织…',
    size: (departments: number, people: number) => `${departments} 个部门，共 ${people} 人`,
    newOrganization: '创建组织',
    organizationName: '组织名称',
    departments: '部门及人数',
    department: (n: number) => `部门 ${n}`,
    headcount: '人数',
    headcountOf: (n: number) => `（部门 ${n}）`,
    remove: '删除',
    removeWhat: (n: number) => `部门 ${n}`,
    addDepartment: '添加部门',
    create: '创建组织',
    creating: '正在创建…',
    archivedHeading: '已归档的组织',
    noneArchived: '没有已归档的组织。',
    archivedOn: (day: string) => `归档于 ${day}`,
    unarchive: '取消归档',
    unarchiveNamed: (name: string) => `取消归档“${name}”`,
    nextWaveDue: {
      'not-yet': (day: string) => `下一轮调研的到期日为 ${day}`,
      soon: (day: string, days: number) => `下一轮调研即将到期：${day}，还有 ${days} 天`,
      due: (day: string, days: number) =>
        days === 0 ? `下一轮调研今天到期（${day}）` : `下一轮调研已到期：到期日为 ${day}`,
      overdue: (day: string, days: number) => `下一轮调研已逾期：到期日为 ${day}，已过 ${days} 天`,
    },
    cadenceSince: (months: number, last: string, closedOn: string) =>
      `${months === 3 ? '每季度一轮' : months === 1 ? '每月一轮' : `每 ${months} 个月一轮`}，从“${last}”结束之日（${closedOn}）算起。`,
    underway: (name: string, open: boolean) =>
      `下一轮“${name}”${open ? '正在进行中' : '已创建为草稿，正在准备'}：`,
    openUnderway: '打开',
    makeNextWave: '立即创建下一轮',
    makingNextWave: '正在创建下一轮…',
    makeNextWaveFor: (organization: string) => `（${organization}）`,
    proposedName: (year: number, quarter: number) => `${year} 年第 ${quarter} 季度调研`,
    latestCampaign: (name: string, open: boolean) => `最近一次调研：“${name}”，${open ? '进行中' : '已结束'}`,
    responseRate: (rate: string) => `应答率 ${rate}`,
    responseRateWithheld: '您的视图中不显示应答率',
    scoresCaption: (organization: string) => `${organization}的各项准备度得分（满分 100）`,
    scoreWithheld: '不显示',
    noScores: '暂无全组织得分：目前作答人数太少，或您的视图中不显示这些得分。',
    openReport: '查看报告',
    openReportOf: (organization: string) => `（${organization}）`,
    noCampaignYet: '尚无已开始的调研。',
  },
} satisfies Record<Language, HomeText>;
