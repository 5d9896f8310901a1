// Measures the wave comparison's false alarms and power, and the pilot evaluation's, on generated
// organizations (MODEL.md "Waves"). Usage:
//   node --import tsx test/scenarios/measure-wave-change.ts [--organizations N] [--seed S]
// Exits with 1 when the family-wise false-change rate with nothing changing, or a false "widen" rate, is
// credibly above 5%, or a stated power is under 95%.

import { loadQuestionnaires } from '../../server/load-questionnaires';
import { measureWaveCase, WAVE_CASES, type Rate } from './wave-change-rates';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  const value = at === -1 ? fallback : Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
};
const organizations = option('--organizations', 1000);
const seed = option('--seed', 1);

const questionnaire = (await loadQuestionnaires()).get('readiness-okr-2')!;
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const format = (r: Rate) => `${percent(r.rate)} (${percent(r.low)}–${percent(r.high)})`;

console.log(
  `${organizations} generated organizations per case, two waves of four departments of 15, model 2 on ` +
    `readiness-okr-2, seeds ${seed}–${seed + organizations - 1}; rates with 95% Wilson intervals.\n`,
);
const started = Date.now();
const misses: string[] = [];
const results = WAVE_CASES.map((c) => measureWaveCase(questionnaire, c, organizations, seed));
for (const r of results) {
  console.log(r.name);
  console.log(`  rows saying rose or fell             ${format(r.perRow)}`);
  console.log(`  reports with any row rose or fell    ${format(r.perReport)}`);
  console.log(`  organization rose on both pilot dims ${format(r.organizationRose)}`);
  console.log(`  organization rose on a pilot dim     ${format(r.organizationRoseOnAny)}`);
  console.log(`  pilot, combined score: widen         ${format(r.widen)}`);
  console.log(`  pilot, combined score: stop          ${format(r.stop)}`);
  console.log(`  pilot, per dimension: widen          ${format(r.widenPerDimension)}`);
  console.log(`  pilot, per dimension: stop           ${format(r.stopPerDimension)}`);
  console.log(`  person SD of participation, wave 1   ${r.meanParticipationSd.toFixed(1)}`);
}
const [nothing, whole, pilot] = results;
// An error rate misses when it is credibly above its target (its Wilson interval wholly above); a power
// when the rate measured is under 95%, the bar.
const tooHigh = (label: string, r: Rate, target: number) => {
  if (r.low > target) misses.push(`${label} ${format(r)}, above ${percent(target)}`);
};
const tooLow = (label: string, r: Rate) => {
  if (r.rate < 0.95) misses.push(`${label} ${format(r)}, under 95%`);
};
tooHigh('nothing changes: reports with a change', nothing!.perReport, 0.05);
tooHigh('nothing changes: pilot widened', nothing!.widen, 0.05);
tooHigh('nothing changes: pilot widened per dimension', nothing!.widenPerDimension, 0.05);
tooHigh('whole organization improves: pilot credited', whole!.widen, 0.05);
tooHigh('whole organization improves: pilot credited per dimension', whole!.widenPerDimension, 0.05);
tooLow('whole organization improves: organization rose on a pilot dimension', whole!.organizationRoseOnAny);
tooLow('pilot improves: pilot widened', pilot!.widen);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (misses.length) {
  console.log(`Missed:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log('Every rate meets its target.');
