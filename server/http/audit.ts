import type { Context } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from './session';

/**
 * Records an administrative action by whoever is signed in, to the second. Called once the action is done:
 * should the entry fail to be written (a full disk), the action still happened, so the answer must say so
 * (access codes issued and then answered with "nothing was changed" would hold places nobody can see); the
 * failure goes to the server's error log instead.
 */
export async function audit(
  c: Context<AppEnv>,
  deps: AppDeps,
  action: string,
  target: string | null,
): Promise<void> {
  await recordAudit(deps, c.get('principal')?.accountId ?? null, action, target);
}

/** Records an action on behalf of `accountId`, for one taken before anyone is signed in (a refused token). */
export async function recordAudit(
  deps: AppDeps,
  accountId: string | null,
  action: string,
  target: string | null,
): Promise<void> {
  await deps.storage.audit
    .record({ at: new Date(deps.now()).toISOString().slice(0, 19) + 'Z', accountId, action, target })
    .catch((error: unknown) => deps.onBackgroundError?.(error));
}
