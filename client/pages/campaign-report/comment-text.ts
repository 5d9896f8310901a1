// Words of the report's comment section in both languages; the comments themselves are people's own.

import type { Language } from '../../components/language-switch';

export const COMMENT_TEXT = {
  en: {
    heading: 'In their own words',
    lead: (n: number) =>
      `What people added in the optional comment, in alphabetical order (not the order they answered). Shown for the whole organization only, and only once at least ${n} people have commented.`,
    notYet: (n: number) =>
      `Comments are shown once at least ${n} people have written one; fewer have so far, so none are shown.`,
  },
  'zh-cn': {
    heading: '员工原话',
    lead: (n: number) =>
      `以下是员工在选填留言中写下的内容，按字母顺序排列（与作答先后无关）。仅在整个组织层面显示，且至少有 ${n} 人留言后才会显示。`,
    notYet: (n: number) => `至少有 ${n} 人留言后才会显示留言；目前留言人数不足，因此不予显示。`,
  },
} satisfies Record<Language, unknown>;
