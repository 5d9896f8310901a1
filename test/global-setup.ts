// Builds the client once before any test starts a server, so parallel test files never race to build it.

import { ensureClientBuild } from '../server/client-build';

export default async function setup(): Promise<void> {
  await ensureClientBuild((message) => console.log(message));
}
