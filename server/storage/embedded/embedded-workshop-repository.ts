// The workshops in a file of their own (<data>/workshops.json), beside the records file: while a workshop
// runs, twenty people typing change it about twenty times a second, and rewriting every organization, account
// and campaign for each would cost far more. One change path, durable before acknowledged, with changes that
// arrive during a write sharing the next one (durable-document.ts); each durable change is then published to
// whoever watches the workshop.

import type { Workshop } from '../../domain/workshop/workshop';
import type { WorkshopEvents } from '../workshop-events';
import type { WorkshopRepository } from '../workshop-repository';
import { openDurableDocument } from './durable-document';

interface WorkshopDocument {
  workshops: Workshop[];
}

const copy = <T>(value: T): T => structuredClone(value);

export async function openEmbeddedWorkshopRepository(
  path: string,
  events: WorkshopEvents,
): Promise<WorkshopRepository & { close(): Promise<void> }> {
  const document = await openDurableDocument<WorkshopDocument>(path, {
    empty: () => ({ workshops: [] }),
    isDocument: (value): value is WorkshopDocument =>
      typeof value === 'object' && value !== null && Array.isArray((value as WorkshopDocument).workshops),
    shape: '"workshops" list',
  });
  const find = (predicate: (w: Workshop) => boolean) => {
    const found = document.current.workshops.find(predicate);
    return found ? copy(found) : undefined;
  };

  return {
    async create(workshop) {
      return document.change((d) => {
        if (d.workshops.some((w) => w.code === workshop.code || w.id === workshop.id))
          return { result: false, write: false };
        d.workshops = [...d.workshops, copy(workshop)];
        return { result: true, write: true };
      });
    },
    async get(id) {
      return find((w) => w.id === id);
    },
    async byCode(code) {
      return find((w) => w.code === code);
    },
    async listByOrganization(organizationId) {
      return copy(document.current.workshops.filter((w) => w.organizationId === organizationId)).sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
      );
    },
    async change(id, apply) {
      const changed = await document.change((d) => {
        const index = d.workshops.findIndex((w) => w.id === id);
        if (index === -1) return { result: undefined, write: false };
        // The domain's functions return a new workshop and leave the one given as it was; the copy keeps a
        // function that does not from changing what is stored without a write.
        const next = apply(copy(d.workshops[index]!));
        if (next === undefined) return { result: undefined, write: false };
        d.workshops[index] = copy(next);
        return { result: next, write: true };
      });
      if (changed) events.publish(id, changed.version);
      return changed;
    },
    async removeOrganization(organizationId) {
      await document.change((d) => {
        const kept = d.workshops.filter((w) => w.organizationId !== organizationId);
        const write = kept.length !== d.workshops.length;
        d.workshops = kept;
        return { result: undefined, write };
      });
    },
    async participantByTokenHash(tokenHash) {
      for (const w of document.current.workshops) {
        const participant = w.participants.find((p) => p.tokenHash === tokenHash);
        if (participant) return { workshopId: w.id, participantId: participant.id };
      }
      return undefined;
    },
    close: () => document.close(),
  };
}
