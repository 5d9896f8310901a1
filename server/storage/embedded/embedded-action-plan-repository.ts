// The action plans in a file of their own (<data>/action-plan.json), beside the records file: actions change
// often (a status, a note) and rewriting every organization, account and campaign for each would cost far
// more. One change path, durable before acknowledged (durable-document.ts).

import type { PlanAction } from '../../domain/decisions/action-plan';
import type { ActionPlanRepository } from '../action-plan-repository';
import { openDurableDocument } from './durable-document';

interface ActionPlanDocument {
  actions: PlanAction[];
}

const copy = <T>(value: T): T => structuredClone(value);

export async function openEmbeddedActionPlanRepository(
  path: string,
): Promise<ActionPlanRepository & { close(): Promise<void> }> {
  const document = await openDurableDocument<ActionPlanDocument>(path, {
    empty: () => ({ actions: [] }),
    isDocument: (value): value is ActionPlanDocument =>
      typeof value === 'object' && value !== null && Array.isArray((value as ActionPlanDocument).actions),
    shape: '"actions" list',
  });
  const change = document.change.bind(document);

  const indexOf = (d: ActionPlanDocument, organizationId: string, id: string) =>
    d.actions.findIndex((a) => a.organizationId === organizationId && a.id === id);

  return {
    async list(organizationId) {
      return copy(document.current.actions.filter((a) => a.organizationId === organizationId));
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
    close: () => document.close(),
  };
}
