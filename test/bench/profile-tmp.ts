import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { scaleDataDir, SCALE_QUESTIONNAIRE } from './scale-data-dir';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';

const data = await scaleDataDir(Number(process.env.STORED ?? 0));
const q = (await loadQuestionnaires()).get(SCALE_QUESTIONNAIRE)!;
const body = JSON.stringify({ answers: synthesizeAnswers(q, { defaultLevel: 60, levels: {} }, seededRandom(1)) });
const args = process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [];
const child = spawn(process.execPath, [...args, '--import', 'tsx', 'server/index.ts'], {
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: data.dataDir, GROUNDWORK_SKIP_CLIENT_BUILD: '1', SUBMISSIONS_PER_MINUTE: '0' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let out = '';
const url: string = await new Promise((res) => {
  const on = (c: Buffer) => { out += c; const m = /serving (http:\/\/[\d.]+:\d+)/.exec(out); if (m) res(m[1]!); };
  child.stdout!.on('data', on); child.stderr!.on('data', on);
});
if (process.env.REPORT) {
  const { signUpOwner } = await import('../support/server-process');
  const cookie = await signUpOwner({ url } as never);
  const rep = await fetch(`${url}/api/campaigns/${data.campaignId}/report`, { headers: { cookie, origin: url } });
  console.log('report', rep.status);
}
const r = await autocannon({ url: `${url}/api/survey/${data.departmentTokens[0]}/responses`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 50, duration: Number(process.env.SECS ?? 8) });
console.log('rps', r.requests.average, 'p99', r.latency.p99, 'non2xx', r.non2xx, 'errors', r.errors);
child.kill('SIGTERM');
await new Promise((res) => child.once('exit', res));
console.log(out.slice(-500));
