// The drafts named by a list of ids (the "needs the most help" list, a group), in the list's order; an id
// whose draft is gone is skipped rather than shown as a blank card.

import type { WorkshopDraft } from '../../api/workshop-types';

export function pickDrafts(drafts: readonly WorkshopDraft[], ids: readonly string[]): WorkshopDraft[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return ids.flatMap((id) => {
    const draft = byId.get(id);
    return draft ? [draft] : [];
  });
}

/** A kept objective's starting point from the drafts grouped under a title: their key results, each once. */
export function keyResultsOf(drafts: readonly WorkshopDraft[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of drafts)
    for (const kr of d.keyResults) {
      const text = kr.trim();
      if (text !== '' && !seen.has(text)) {
        seen.add(text);
        out.push(text);
      }
    }
  return out;
}
