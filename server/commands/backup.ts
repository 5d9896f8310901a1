// `npm run backup -- <destination>`: copies the embedded data directory (DATA_DIR) with the server stopped.
// It refuses while a server has the directory open (the marker a start writes, running-marker.ts): a plain
// copy of files being changed could tear a log or pair a checkpoint with the wrong log. While the server
// runs, take the backup through POST /api/backups instead, which holds its writes for a moment. With
// DATABASE_URL set there is nothing here to copy: use pg_dump.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config';
import { backUpDataDirectory } from '../storage/embedded/backup/online-backup';
import { runningServer } from '../storage/embedded/backup/running-marker';

async function main(): Promise<number> {
  const destination = process.argv[2];
  if (destination === undefined || destination.startsWith('-')) {
    console.error('Usage: npm run backup -- <destination directory, which must not exist yet>');
    return 2;
  }
  const config = readConfig();
  if (config.database) {
    console.error('DATABASE_URL is set: back the database up with pg_dump -Fc (see the README).');
    return 1;
  }
  if (!existsSync(join(config.dataDir, 'records.json'))) {
    console.error(`${config.dataDir} holds no Groundwork data (no records.json): check DATA_DIR.`);
    return 1;
  }
  const pid = await runningServer(config.dataDir);
  if (pid !== null) {
    console.error(
      `A server (process ${pid}) has ${config.dataDir} open. Stop it first, or take the backup while it ` +
        'runs with POST /api/backups (BACKUP_DIR set).',
    );
    return 1;
  }
  const counts = await backUpDataDirectory(config.dataDir, destination);
  console.log(
    `Copied ${config.dataDir} to ${destination}: ${counts.files} files, ${counts.bytes} bytes, ` +
      `${counts.responses} responses.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Backup failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
