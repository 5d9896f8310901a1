// What the organization page says about its goal-writing workshops, in both languages.

import type { Language } from '../../components/language-switch';

const en = {
  heading: 'Goal-writing workshops',
  create: 'New goal-writing workshop',
  none: 'No workshop yet.',
  status: { open: 'open', locked: 'locked', ended: 'ended' },
};

export type WorkshopsSectionText = typeof en;

const zh: WorkshopsSectionText = {
  heading: '目标撰写工作坊',
  create: '新建目标撰写工作坊',
  none: '还没有工作坊。',
  status: { open: '开放中', locked: '已锁定', ended: '已结束' },
};

export const WORKSHOPS_SECTION_TEXT = { en, 'zh-cn': zh } satisfies Record<Language, WorkshopsSectionText>;
