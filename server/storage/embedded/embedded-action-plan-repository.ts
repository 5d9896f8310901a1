// The action plans in a file of their own (<data>/action-plan.json), beside the records file: actions change
// often (a status, a note) and rewriting every organization, account and campaign for each would cost far
// more. Written as the mailings file is (replaceFile: temporary file, datasync, rename, directory sync), with
// one change path: a change is applied to the state at once, synchronously, so a concurrent one always sees
// it, and acknowledged when a write covering it is durable; a failed write puts memory back to the disk's.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { PlanAction } from '../../domain/decisions/action-plan';
import type { ActionPlanRepository } from '../action-plan-repository';
import { replaceFile } from './file-io';

interface ActionPlanDocument {
  actions: PlanAction[];
}

function parse(path: string, text: string): ActionPlanDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Cannot read ${path}: it is not valid JSON. Restore it from a backup; it was not changed.`,
      {
        cause: error,
      },
    );
  }
  const doc = value as Partial<ActionPlanDocument> | null;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.actions)) {
    throw new Error(`Cannot read ${path}: it has no "actions" list, so Groundwork did not write it.`);
  }
  return { actions: doc.actions };
}

const copy = <T>(value: T): T => structuredClone(value);

export async function openEmbeddedActionPlanRepository(
  path: string,
): Promise<ActionPlanRepository & { close(): Promise<void> }> {
  let written = existsSync(path) ? await readFile(path, 'utf8') : null;
  const read = (text: string | null): ActionPlanDocument =>
    text === null ? { actions: [] } : parse(path, text);
  let doc = read(written);
  let queue: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      // Serialised before the first await: this write holds exactly the changes applied so far.
      const text = JSON.stringify(doc);
      try {
        await replaceFile(path, Buffer.from(text, 'utf8'));
        written = text;
        for (const w of batch) w.resolve();
      } catch (error) {
        const lost = [...batch, ...queue];
        queue = [];
        doc = read(written);
        for (const w of lost) w.reject(error as Error);
      }
    }
    flushing = null;
  }

  /** Runs `mutate` now and resolves with its result once it is on disk; a throw changes nothing. */
  function change<T>(mutate: (d: ActionPlanDocument) => { result: T; write: boolean }): Promise<T> {
    if (closed) return Promise.reject(new Error(`${path} is closed`));
    let outcome: { result: T; write: boolean };
    try {
      outcome = mutate(doc);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!outcome.write) return Promise.resolve(outcome.result);
    return new Promise((resolve, reject) => {
      queue.push({ resolve: () => resolve(outcome.result), reject });
      flushing ??= flush();
    });
  }

  const indexOf = (d: ActionPlanDocument, organizationId: string, id: string) =>
    d.actions.findIndex((a) => a.organizationId === organizationId && a.id === id);

  return {
    async list(organizationId) {
      return copy(doc.actions.filter((a) => a.organizationId === organizationId));
    },
    async add(actions) {
      await change((d) => {
        d.actions = [...d.actions, ...copy(actions)];
        return { result: undefined, write: true };
      });
    },
    async change(organizationId, id, apply) {
      return change((d) => {
        const index = indexOf(d, organizationId, id);
        if (index === -1) return { result: undefined, write: false };
        const next = copy(apply(copy(d.actions[index]!)));
        d.actions[index] = next;
        return { result: copy(next), write: true };
      });
    },
    async remove(organizationId, id) {
      return change((d) => {
        const index = indexOf(d, organizationId, id);
        if (index === -1) return { result: false, write: false };
        d.actions = d.actions.filter((_, i) => i !== index);
        return { result: true, write: true };
      });
    },
    async removeOrganization(organizationId) {
      await change((d) => {
        const kept = d.actions.filter((a) => a.organizationId !== organizationId);
        const write = kept.length !== d.actions.length;
        d.actions = kept;
        return { result: undefined, write };
      });
    },
    async close() {
      closed = true;
      await flushing;
    },
  };
}
