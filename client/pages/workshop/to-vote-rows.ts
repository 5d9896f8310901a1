// What the room voted for: each shared objective (a group of drafts) with its votes, most voted first, ties
// in the order the facilitator made them.

import type { Workshop } from '../../api/workshop-types';

export interface VoteRow {
  id: string;
  title: string;
  draftIds: string[];
  votes: number;
}

export function toVoteRows(workshop: Pick<Workshop, 'groups' | 'votes'>): VoteRow[] {
  return workshop.groups
    .map((g) => ({ id: g.id, title: g.title, draftIds: g.draftIds, votes: workshop.votes[g.id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);
}
