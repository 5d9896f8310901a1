import type { PlanAction } from '../domain/decisions/action-plan';

/**
 * Each organization's action plan. Every change is a function applied to the actions as stored at that
 * moment, so two people changing the plan at once never lose each other's change; whatever the function
 * throws (a refusal) writes nothing.
 */
export interface ActionPlanRepository {
  /** An organization's actions, oldest first. */
  list(organizationId: string): Promise<PlanAction[]>;
  /** Stores new actions in one write: all of them or, should it fail, none. */
  add(actions: PlanAction[]): Promise<void>;
  /**
   * Applies `apply` to the stored action and resolves with the result once durable; undefined for an id the
   * organization has no action by (nothing is written).
   */
  change(
    organizationId: string,
    id: string,
    apply: (action: PlanAction) => PlanAction,
  ): Promise<PlanAction | undefined>;
  /** Removes an action; false when the organization had none by that id. */
  remove(organizationId: string, id: string): Promise<boolean>;
  /** Forgets an organization's whole plan (owners' names and addresses included): what deleting it leaves. */
  removeOrganization(organizationId: string): Promise<void>;
}
