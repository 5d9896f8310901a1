// Measures the model's false alarms, refusals and power on generated organizations (MODEL.md section 10.4).
// Usage: node --import tsx test/scenarios/measure-error-rates.ts [--organizations N] [--seed S]
// Exits with 1 when a model-2 false-alarm or refusal rate is 2% or more.

import { BARRIER_MODEL_V1, BARRIER_MODEL_V2 } from '../../server/domain/barrier-model';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { ERROR_RATE_CASES, measureCase, type Rate } from './error-rates';

const TARGET = 0.02;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  const value = at === -1 ? fallback : Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
};
const organizations = option('--organizations', 1000);
const seed = option('--seed', 1);

const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
const models = [BARRIER_MODEL_V1, BARRIER_MODEL_V2];
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const format = (r: Rate) => `${percent(r.rate)} (${percent(r.low)}–${percent(r.high)})`.padEnd(24);

console.log(
  `${organizations} generated organizations per case: four departments of 12 respondents, questionnaire ` +
    `${questionnaire.id}, seeds ${seed}–${seed + organizations - 1}; rates with 95% Wilson intervals.\n`,
);
console.log(`${''.padEnd(40)}${models.map((m) => `model ${m.version}`.padEnd(24)).join('')}`);
const misses: string[] = [];
const started = Date.now();
for (const errorCase of ERROR_RATE_CASES) {
  const result = measureCase(questionnaire, errorCase, models, organizations, seed);
  console.log(result.name);
  for (const { measure, byModel } of result.rates) {
    console.log(`  ${measure.label.padEnd(38)}${models.map((m) => format(byModel[m.version]!)).join('')}`);
    const current = byModel[BARRIER_MODEL_V2.version]!;
    if (measure.kind === 'error' && current.rate >= TARGET) {
      misses.push(`${result.name}: ${measure.label} ${percent(current.rate)}`);
    }
  }
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (misses.length) {
  console.log(
    `Model ${BARRIER_MODEL_V2.version} misses the ${percent(TARGET)} target:\n  ${misses.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `Model ${BARRIER_MODEL_V2.version}: every false-alarm and refusal rate is under ${percent(TARGET)}.`,
);
