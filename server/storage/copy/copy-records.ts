// The installation's records that belong to no one campaign: organizations with their campaigns, accounts
// with their grants and API tokens, role invitations, the audit log, benchmark files, action plans and
// workshops. Each is written through the target's own repository, as the server would store it.
// Sessions are left out: only their hashes are stored, and people simply sign in again.

import type { Storage } from '../storage';
import type { CopiedCounts } from './copied-counts';

export async function copyRecords(from: Storage, to: Storage, counts: CopiedCounts): Promise<void> {
  const organizations = await from.organizations.list();
  for (const organization of organizations) await to.organizations.create(organization);
  counts.add('organizations', organizations.length);

  for (const organization of organizations) {
    for (const campaign of await from.campaigns.listByOrganization(organization.id)) {
      await to.campaigns.create(campaign);
      counts.add('campaigns', 1);
      counts.add('survey links', campaign.links.length);
    }
  }

  const accounts = await from.accounts.list();
  for (const account of accounts) {
    await to.accounts.create(account);
    counts.add('grants', account.grants.length);
    for (const token of await from.apiTokens.listByAccount(account.id)) {
      await to.apiTokens.add(account.id, () => token);
      counts.add('API tokens', 1);
    }
  }
  counts.add('accounts', accounts.length);

  for (const organization of organizations) {
    for (const invitation of await from.userInvitations.listByOrganization(organization.id)) {
      await to.userInvitations.create(invitation);
      counts.add('role invitations', 1);
    }
  }

  const audit = await from.audit.list();
  // One after another, so the target's log holds them in the source's order.
  for (const entry of audit) await to.audit.record(entry);
  counts.add('audit entries', audit.length);

  const benchmarks = await from.benchmarks.list();
  for (const benchmark of benchmarks) await to.benchmarks.add(benchmark);
  counts.add('benchmark files', benchmarks.length);

  for (const organization of organizations) {
    const actions = await from.actionPlan.list(organization.id);
    if (actions.length > 0) await to.actionPlan.add(actions);
    counts.add('plan actions', actions.length);
    // Listed newest first: created oldest first, as they were.
    const workshops = (await from.workshops.listByOrganization(organization.id)).toReversed();
    for (const workshop of workshops) {
      if (!(await to.workshops.create(workshop))) {
        throw new Error(`Workshop ${workshop.id}: its join code is taken in the target`);
      }
    }
    counts.add('workshops', workshops.length);
  }
}
