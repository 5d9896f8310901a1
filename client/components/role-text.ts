// Each role as people read it, and what it lets its holder do within its organization, in both languages.
// `allows` completes "Executives …" and "you will be able to …", and the Chinese "可以…".

import type { Role } from '../../server/domain/access/account';
import type { Language } from './language-switch';

export interface RoleText {
  label: string;
  allows: string;
}

const EN: Record<Role, RoleText> = {
  administrator: {
    label: 'Administrator',
    allows: 'manage the organization, its campaigns and its people, and read every report',
  },
  executive: { label: 'Executive', allows: 'read the campaigns and their reports' },
  'department-head': {
    label: 'Department head',
    allows: 'read the reports, with department figures only for the departments named in the invitation',
  },
  consultant: { label: 'Consultant', allows: 'read the campaigns and their reports' },
};

export const ROLE_TEXT = {
  en: EN,
  'zh-cn': {
    administrator: { label: '管理员', allows: '管理本组织及其调查活动和人员，并查看所有报告' },
    executive: { label: '高管', allows: '查看调查活动及其报告' },
    'department-head': {
      label: '部门负责人',
      allows: '查看报告，但部门数据仅限邀请中指定的部门',
    },
    consultant: { label: '顾问', allows: '查看调查活动及其报告' },
  },
} satisfies Record<Language, Record<Role, RoleText>>;

/** The roles in the order forms offer them. */
export const ROLE_ORDER = Object.keys(EN) as Role[];
