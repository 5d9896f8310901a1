import type { Context } from 'hono';
import type { AppDeps } from '../app-deps';
import type { AppEnv } from './session';

/** Records an administrative action by whoever is signed in, to the second. */
export async function audit(
  c: Context<AppEnv>,
  deps: AppDeps,
  action: string,
  target: string | null,
): Promise<void> {
  const principal = c.get('principal');
  await deps.storage.audit.record({
    at: new Date(deps.now()).toISOString().slice(0, 19) + 'Z',
    accountId: principal?.accountId ?? null,
    action,
    target,
  });
}
