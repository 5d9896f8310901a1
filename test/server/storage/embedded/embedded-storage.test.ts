import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import type { Storage } from '../../../../server/storage/storage';
import { runStorageContract } from '../repository.contract';
import { actionPlanContract } from '../action-plan.contract';
import { workshopContract } from '../workshop-repository.contract';
import { chatContract } from '../chat-repository.contract';

async function openEmbedded() {
  const dir = await mkdtemp(join(tmpdir(), 'groundwork-embedded-'));
  const warnings: string[] = [];
  let storage: Storage = await openEmbeddedStorage(dir, (m) => warnings.push(m));
  return {
    storage,
    reopen: async () => {
      await storage.close();
      storage = await openEmbeddedStorage(dir, (m) => warnings.push(m));
      return storage;
    },
    cleanup: async () => {
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

runStorageContract('embedded', openEmbedded);
actionPlanContract('embedded', openEmbedded);
workshopContract('embedded', openEmbedded);
chatContract('embedded', openEmbedded);
