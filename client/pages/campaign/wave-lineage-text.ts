// Words of the section of the campaign page saying what became of the departments since the last wave
// (wave-lineage-section.tsx).

import { joinList, type Language } from '../../../shared/languages';

type Kind = 'merged' | 'split' | 'successor';

const EN = {
  heading: 'Departments since the last wave',
  help: (previous: string) =>
    `This wave is compared with “${previous}”. A department renamed keeps its place and is compared as the same department. When departments were merged or one was split, say so here: tick the departments of the last wave and those of this wave they became, then add. Only whole departments are compared, and only while each side is large enough.`,
  earlierSide: (previous: string) => `In “${previous}”`,
  laterSide: 'In this wave',
  add: 'Add: these became that',
  declared: 'Declared',
  none: 'Nothing declared: each department is compared with itself as it was (renamed or not), and a department new or gone since is not compared.',
  kind: { merged: 'merged', split: 'split', successor: 'continues as' } satisfies Record<Kind, string>,
  declaration: (earlier: string[], later: string[], kind: Kind) =>
    `${joinList('en', earlier)} → ${joinList('en', later)} (${EN.kind[kind]})`,
  remove: 'Remove',
  removeLabel: (earlier: string[], later: string[]) =>
    `Remove: ${joinList('en', earlier)} became ${joinList('en', later)}`,
  pickBoth: 'Tick at least one department on each side.',
  /** A refused declaration's reasons, by the department they name (the server's codes). */
  refused: {
    'lineage.unit-unknown': (unit: string) =>
      `${unit} is not a department of that wave any more: reload the page.`,
    'lineage.unit-repeated': (unit: string) => `${unit} is ticked twice.`,
    'lineage.overlapping': (unit: string) =>
      `${unit} is already in another declaration: remove that one first, then declare them together.`,
    'lineage.several-into-several': () =>
      'Several departments cannot become several: declare a merge (several into one) or a split (one into several).',
    'lineage.side-empty': () => 'Tick at least one department on each side.',
  } satisfies Record<string, (unit: string) => string>,
};

const ZH: typeof EN = {
  heading: '与上一轮相比的部门变化',
  help: (previous) =>
    `本轮将与“${previous}”比较。部门改名后仍视为同一个部门进行比较。如果有部门合并或拆分，请在此说明：勾选上一轮的部门和它们在本轮变成的部门，然后添加。只比较完整的部门，并且每一方都要有足够的人数。`,
  earlierSide: (previous) => `“${previous}”中`,
  laterSide: '本轮中',
  add: '添加这项变化',
  declared: '已声明',
  none: '尚未声明：每个部门与它自己上一轮的情况比较（无论是否改名），此后新增或撤销的部门不参与比较。',
  kind: { merged: '合并', split: '拆分', successor: '改由后者承接' },
  declaration: (earlier, later, kind) =>
    `${joinList('zh-cn', earlier)} → ${joinList('zh-cn', later)}（${ZH.kind[kind]}）`,
  remove: '删除',
  removeLabel: (earlier, later) => `删除：${joinList('zh-cn', earlier)} 变成了 ${joinList('zh-cn', later)}`,
  pickBoth: '请在两边各至少勾选一个部门。',
  refused: {
    'lineage.unit-unknown': (unit) => `${unit} 已不是那一轮的部门，请刷新页面。`,
    'lineage.unit-repeated': (unit) => `${unit} 被勾选了两次。`,
    'lineage.overlapping': (unit) => `${unit} 已在另一条声明中：请先删除那一条，再一起声明。`,
    'lineage.several-into-several': () =>
      '多个部门不能对应多个部门：请声明合并（多个变成一个）或拆分（一个变成多个）。',
    'lineage.side-empty': () => '请在两边各至少勾选一个部门。',
  },
};

export const WAVE_LINEAGE_TEXT: Record<Language, typeof EN> = { en: EN, 'zh-cn': ZH };
