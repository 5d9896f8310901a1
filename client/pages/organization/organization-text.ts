// The organization page's own words, with its campaign, people and invitation forms, in both languages.

import type { Language } from '../../components/language-switch';

const EN = {
  title: 'Organization',
  notFound: 'There is no such organization, or you have no role in it.',
  departments: 'Departments',
  department: 'Department',
  headcount: 'Headcount',
  campaigns: 'Campaigns',
  noCampaign: 'No campaign yet.',
  noCampaignCreate: 'No campaign yet. Create one below to get survey links.',
  reportLink: (campaign: string) => `${campaign}: readiness report`,
  newCampaign: 'New readiness campaign',
  campaignName: 'Campaign name',
  campaignNameExample: 'e.g. Q1 baseline',
  questionnaire: 'Questionnaire',
  questionnaireOption: (title: string, questions: number, current: boolean) =>
    `${title} (${questions} questions${current ? '' : '; earlier version, to repeat a baseline item for item'})`,
  minGroupSize: 'Minimum group size for reports',
  minGroupSizeHelp: 'No score is shown for a department with fewer responses than this (never below 3).',
  createCampaign: 'Create campaign',
  people: 'People',
  peopleHelp:
    'Everyone with a role in this organization. The owner of this Groundwork installation may do everything and is not listed.',
  nobody: 'Nobody has a role here yet: invite people below.',
  name: 'Name',
  email: 'Email address',
  role: 'Role',
  pending: 'Invitations not yet accepted',
  invitedOn: 'Invited on',
  invite: 'Invite someone',
  inviteHelp:
    'You get a link to send them yourself; Groundwork sends no email. Whoever opens the link chooses a password and gets this role.',
  /** `allows` reads as a verb phrase after the plural: "Executives read the campaigns…". */
  roleAllows: (role: string, allows: string) => `${role}s ${allows}.`,
  headOf: 'Departments they head',
  headOfHelp:
    'They see the figures of these departments and of the whole organization, and no other department.',
  sendInvite: 'Create the invitation link',
  inviting: 'Creating…',
  linkFor: (email: string, role: string) => `Invitation link for ${email} (${role})`,
  linkOnce: (days: number) =>
    `This link is shown only once: copy it now and send it to them. It works once and expires in ${days} days.`,
  link: 'Invitation link',
  copy: 'Copy',
  copied: 'Copied',
  /** A department head's department that has since been removed from the organization. */
  removedDepartment: 'a removed department',
  headOfDepartments: (role: string, departments: string) => `${role} (${departments})`,
  joinRoles: (roles: readonly string[]) => roles.join('; '),
};

export type OrganizationText = typeof EN;

export const ORGANIZATION_TEXT = {
  en: EN,
  'zh-cn': {
    title: '组织',
    notFound: '该组织不存在，或者您在其中没有角色。',
    departments: '部门',
    department: '部门',
    headcount: '人数',
    campaigns: '调查活动',
    noCampaign: '暂无调查活动。',
    noCampaignCreate: '暂无调查活动。在下方创建一个，即可获得问卷链接。',
    reportLink: (campaign: string) => `${campaign}：准备度报告`,
    newCampaign: '新建准备度调查活动',
    campaignName: '调查活动名称',
    campaignNameExample: '例如：第一季度基线调查',
    questionnaire: '问卷',
    questionnaireOption: (title: string, questions: number, current: boolean) =>
      `${title}（${questions} 道题${current ? '' : '；早期版本，用于逐题重复基线调查'}）`,
    minGroupSize: '报告的最小分组人数',
    minGroupSizeHelp: '回答数少于此人数的部门不显示得分（不得低于 3）。',
    createCampaign: '创建调查活动',
    people: '人员',
    peopleHelp: '在本组织中担任角色的所有人员。本 Groundwork 系统的所有者拥有全部权限，不在此列出。',
    nobody: '目前还没有人在此担任角色：请在下方邀请。',
    name: '姓名',
    email: '邮箱地址',
    role: '角色',
    pending: '尚未接受的邀请',
    invitedOn: '邀请日期',
    invite: '邀请成员',
    inviteHelp:
      '您会得到一个链接，需要自行发送给对方；Groundwork 不会发送邮件。打开链接的人设置密码后，即获得此角色。',
    roleAllows: (role: string, allows: string) => `${role}可以${allows}。`,
    headOf: '负责的部门',
    headOfHelp: '对方可以看到这些部门和整个组织的数据，看不到其他部门的数据。',
    sendInvite: '生成邀请链接',
    inviting: '正在生成…',
    linkFor: (email: string, role: string) => `${email} 的邀请链接（${role}）`,
    linkOnce: (days: number) =>
      `此链接只显示这一次：请立即复制并发送给对方。链接仅能使用一次，${days} 天后失效。`,
    link: '邀请链接',
    copy: '复制',
    copied: '已复制',
    removedDepartment: '已删除的部门',
    headOfDepartments: (role: string, departments: string) => `${role}（${departments}）`,
    joinRoles: (roles: readonly string[]) => roles.join('；'),
  },
} satisfies Record<Language, OrganizationText>;
