// What the report's goal-writing workshop recommendation offers, in both languages.

import type { Language } from '../../components/language-switch';

const en = {
  run: 'Run this workshop',
  help: 'Participants join on their phones; a coach comments on each draft as they write.',
};

export type WorkshopOfferText = typeof en;

const zh: WorkshopOfferText = {
  run: '开展这个工作坊',
  help: '参与者用手机加入；他们撰写时，教练会对每份草稿给出建议。',
};

export const WORKSHOP_OFFER_TEXT = { en, 'zh-cn': zh } satisfies Record<Language, WorkshopOfferText>;
