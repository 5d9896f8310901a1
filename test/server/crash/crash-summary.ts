// The figures of a series of crash rounds, added up and put in words, for the suite's log and the bench.

import type { RoundResult } from './crash-round';

export interface CrashTotals {
  rounds: number;
  killedMidBurst: number;
  submissions: number;
  acknowledged: number;
  storedUnacknowledged: number;
  lockedOut: number;
  countedTwice: number;
  lostResponses: number;
  lostChanges: number;
  problems: number;
}

export function addUp(results: RoundResult[]): CrashTotals {
  const sum = (f: (r: RoundResult) => number) => results.reduce((total, r) => total + f(r), 0);
  return {
    rounds: results.length,
    killedMidBurst: sum((r) => (r.killedMidBurst ? 1 : 0)),
    submissions: sum((r) => r.submissions),
    acknowledged: sum((r) => r.acknowledged),
    storedUnacknowledged: sum((r) => r.storedUnacknowledged),
    lockedOut: sum((r) => r.lockedOut),
    countedTwice: sum((r) => r.countedTwice),
    lostResponses: sum((r) => r.lostResponses),
    lostChanges: sum((r) => r.lostChanges),
    problems: sum((r) => r.problems.length),
  };
}

export function describeRound(r: RoundResult): string {
  return (
    `round ${r.round}: killed ${r.killedMidBurst ? 'mid-burst' : 'after the burst'} (${r.moment}); ` +
    `${r.acknowledged}/${r.submissions} acknowledged, ${r.storedUnacknowledged} stored unacknowledged, ` +
    `${r.retried} retried; locked out ${r.lockedOut}, counted twice ${r.countedTwice}, ` +
    `lost ${r.lostResponses} responses and ${r.lostChanges} changes; import ${r.importOutcome}, ` +
    `renames ${r.renames.acknowledged}/${r.renames.sent} acknowledged, password ${r.password}` +
    (r.problems.length ? `\n  ${r.problems.slice(0, 12).join('\n  ')}` : '')
  );
}

export function describeTotals(t: CrashTotals): string {
  return (
    `${t.rounds} rounds (${t.killedMidBurst} killed mid-burst): ${t.acknowledged} of ${t.submissions} ` +
    `submissions acknowledged, ${t.storedUnacknowledged} stored but unacknowledged; ` +
    `people locked out without an answer ${t.lockedOut}, counted twice ${t.countedTwice}, ` +
    `lost acknowledged responses ${t.lostResponses}, lost acknowledged changes ${t.lostChanges}, ` +
    `other problems ${t.problems}`
  );
}
