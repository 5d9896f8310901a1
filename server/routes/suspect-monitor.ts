// Recent submissions through each shared link, held in memory only: never stored, forgotten at restart. They
// let administrators see bursts and copies as suspect (server/domain/anonymity/suspect-submissions.ts) and, while the
// server still holds them, exclude them. Nothing about them is written anywhere.

import { findSuspects, type RecentSubmission } from '../domain/anonymity/suspect-submissions';
import type { Answers } from '../domain/instrument/validate-answers';
import type { SuspectAlert } from '../http/distribution-replies';

/** How long, and how many per link, submissions are held: a working day's worth of a busy link. */
export const HOLD_MS = 24 * 3600_000;
export const HOLD_MAX = 200;

export interface SuspectMonitor {
  /** Holds a submission stored through a shared link (`departmentId` null for the campaign-wide one). */
  record(campaignId: string, departmentId: string | null, submission: { id: string; answers: Answers }): void;
  alerts(campaignId: string): SuspectAlert[];
  /** The response ids of the alert with this id, as it stands; null when it changed or is gone. */
  suspectsOf(campaignId: string, alertId: string): string[] | null;
  /** Forgets submissions: once excluded, or kept by the administrator's decision. */
  forget(campaignId: string, ids: readonly string[]): void;
}

interface Held {
  departmentId: string | null;
  submissions: RecentSubmission[];
  /** Bumped whenever the set of suspects changes. */
  version: number;
  signature: string;
}

export function createSuspectMonitor(now: () => number): SuspectMonitor {
  const held = new Map<string, Map<string, Held>>();
  const linkKey = (departmentId: string | null) => departmentId ?? 'all';

  const prune = (h: Held) => {
    const since = now() - HOLD_MS;
    h.submissions = h.submissions.filter((s) => s.at >= since).slice(-HOLD_MAX);
  };

  const evaluate = (key: string, h: Held) => {
    prune(h);
    const found = findSuspects(h.submissions);
    const signature = found.ids.join('\n');
    if (signature !== h.signature) {
      h.signature = signature;
      h.version++;
    }
    return { id: `${key}.${h.version}`, found };
  };

  return {
    record(campaignId, departmentId, { id, answers }) {
      let links = held.get(campaignId);
      if (!links) held.set(campaignId, (links = new Map()));
      const key = linkKey(departmentId);
      let h = links.get(key);
      if (!h) links.set(key, (h = { departmentId, submissions: [], version: 0, signature: '' }));
      h.submissions.push({ id, at: now(), answers });
      prune(h);
    },
    alerts(campaignId) {
      const alerts: SuspectAlert[] = [];
      for (const [key, h] of held.get(campaignId) ?? []) {
        const { id, found } = evaluate(key, h);
        if (found.ids.length === 0) continue;
        alerts.push({
          id,
          departmentId: h.departmentId,
          recent: h.submissions.length,
          burst: found.burst && {
            count: found.burst.count,
            minutes: Math.max(1, Math.ceil(found.burst.spanMs / 60_000)),
          },
          nearlyIdentical: found.nearlyIdentical,
          suspects: found.ids.length,
        });
      }
      return alerts;
    },
    suspectsOf(campaignId, alertId) {
      const key = alertId.slice(0, alertId.lastIndexOf('.'));
      const h = held.get(campaignId)?.get(key);
      if (!h) return null;
      const { id, found } = evaluate(key, h);
      return id === alertId && found.ids.length > 0 ? found.ids : null;
    },
    forget(campaignId, ids) {
      const gone = new Set(ids);
      for (const h of held.get(campaignId)?.values() ?? []) {
        h.submissions = h.submissions.filter((s) => !gone.has(s.id));
      }
    },
  };
}
