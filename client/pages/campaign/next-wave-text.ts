// Words of the next-wave section of the campaign page (next-wave-section.tsx).

import { joinList, type Language } from '../../../shared/languages';

const EN = {
  heading: 'Survey again: the next wave',
  help: (wholeOrganization: boolean) =>
    `A new draft asking ${wholeOrganization ? 'the whole organization again (departments added since included)' : 'the same departments again'}, with this campaign’s settings, reporting groups and email texts. Change anything before opening it.`,
  name: 'Name of the next wave',
  defaultName: (previous: string) => `${previous}, next wave`,
  whoIsAsked: 'Who is asked',
  sameDepartments: 'The same departments as this wave',
  chosenDepartments: 'Chosen departments (a pilot pair and a comparison group, say)',
  copyStaff: 'Copy the staff list (new links; nothing of who answered this wave)',
  make: 'Make the next wave',
  made: (name: string) => `“${name}” is ready as a draft.`,
  open: 'Open it',
  staffCopied: (n: number) =>
    n === 1 ? '1 person copied from the staff list.' : `${n} people copied from the staff list.`,
  staffErased: 'This wave’s staff list was erased, so nobody was copied: upload a list for the new wave.',
  dropped: (names: string[]) =>
    `Not asked again, as the organization no longer has them: ${joinList('en', names)}.`,
};

const ZH: typeof EN = {
  heading: '再次调研：下一轮',
  help: (wholeOrganization) =>
    `新建一份草稿，再次调研${wholeOrganization ? '整个组织（包括此后新增的部门）' : '相同的部门'}，沿用本次的设置、报告分组和邮件文字。开始前都可以修改。`,
  name: '下一轮名称',
  defaultName: (previous) => `${previous}（下一轮）`,
  whoIsAsked: '调研对象',
  sameDepartments: '与本轮相同的部门',
  chosenDepartments: '所选部门（例如试点部门和对照部门）',
  copyStaff: '复制人员名单（生成新链接；不带本轮谁已作答的任何信息）',
  make: '创建下一轮',
  made: (name) => `“${name}”已创建为草稿。`,
  open: '打开',
  staffCopied: (n) => `已从人员名单复制 ${n} 人。`,
  staffErased: '本轮的人员名单已清除，因此没有复制任何人：请为新一轮上传名单。',
  dropped: (names) => `以下部门已不在组织中，不再调研：${joinList('zh-cn', names)}。`,
};

export const NEXT_WAVE_TEXT: Record<Language, typeof EN> = { en: EN, 'zh-cn': ZH };
