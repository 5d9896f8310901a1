// Plain explanations of the statistical and planning terms the report uses, shown as a short line where
// each term appears, so a reader never has to look one up.

import type { Language } from '../../components/language-switch';

export const TERMS = ['rwg', 'hedgesG', 'holm', 'icc', 'silo', 'mvp'] as const;
export type Term = (typeof TERMS)[number];

export const TERM_TEXT: Record<Language, Record<Term, { name: string; plain: string }>> = {
  en: {
    rwg: {
      name: 'rwg(J)',
      plain:
        'how much the people of one department agree with each other, from 0 (no more alike than chance) to 1 (all alike). Below about 0.7 their average hides a split.',
    },
    hedgesG: {
      name: 'Hedges g',
      plain:
        'how far apart two departments are, measured in the usual spread of answers: about 0.2 is small, 0.5 medium, 0.8 large. The range in brackets is where it most likely lies.',
    },
    holm: {
      name: 'Holm',
      plain:
        'a correction for comparing many pairs at once, so that differences found by luck alone are not listed.',
    },
    icc: {
      name: 'ICC(1)',
      plain:
        'how much of the spread in answers comes from which department people are in, rather than from the people themselves: near 0, departments hardly differ; the higher, the more they do.',
    },
    silo: {
      name: 'Silo signals',
      plain:
        'signs that departments work apart: a department split within itself, or two departments far apart on the same question.',
    },
    mvp: {
      name: 'MVP',
      plain:
        'a minimum viable product: the smallest trial that can show whether something works. Here, OKRs in a few teams for one quarter.',
    },
  },
  'zh-cn': {
    rwg: {
      name: 'rwg(J) 组内一致性',
      plain:
        '衡量同一部门成员看法的一致程度，0 表示与随机作答无异，1 表示完全一致；低于约 0.7 时，平均分掩盖了内部分歧。',
    },
    hedgesG: {
      name: 'Hedges g 效应量',
      plain:
        '两个部门之间差距的大小，以作答的通常离散程度为单位：约 0.2 为小，0.5 为中，0.8 为大。括号中的范围是其最可能所在的区间。',
    },
    holm: {
      name: 'Holm 校正',
      plain: '一次比较多组时所做的校正，使仅凭偶然出现的差异不会被列出。',
    },
    icc: {
      name: 'ICC(1) 组内相关系数',
      plain:
        '作答差异中有多少来自员工所在的部门，而非个人本身：接近 0 说明部门之间差别很小，数值越高，差别越大。',
    },
    silo: {
      name: '部门墙信号',
      plain: '部门之间各自为政的迹象：某个部门内部意见分裂，或两个部门在同一问题上差距很大。',
    },
    mvp: {
      name: 'MVP 最小可行产品',
      plain: '即“最小可行产品”：能验证某件事是否可行的最小规模尝试。在这里指先由少数团队试行一个季度的 OKR。',
    },
  },
};
