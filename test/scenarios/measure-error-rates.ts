// Measures the model's false alarms, refusals and power on generated organizations (MODEL.md section 10.4).
// Usage: node --import tsx test/scenarios/measure-error-rates.ts [--organizations N] [--seed S]
// Exits with 1 when a model-2 false-alarm or refusal rate is 2% or more, on either questionnaire.
// Columns: model 1 and model 2 on questionnaire 1 (the same organizations), and model 2 on questionnaire 2
// (organizations at the same true levels, asked with questionnaire 2's items).

import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  judgingModel,
  type BarrierModel,
} from '../../server/domain/instrument/barrier-model';
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

const shipped = await loadQuestionnaires();
const instruments = [
  { questionnaire: shipped.get('readiness-okr')!, models: [BARRIER_MODEL_V1, judgingModel('2', '1')!] },
  { questionnaire: shipped.get('readiness-okr-2')!, models: [BARRIER_MODEL_V2] },
];
const columns = instruments.flatMap((i) => i.models.map((m) => `model ${m.version} · ${i.questionnaire.id}`));
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const format = (r: Rate) => `${percent(r.rate)} (${percent(r.low)}–${percent(r.high)})`.padEnd(24);

console.log(
  `${organizations} generated organizations per case: four departments of 12 respondents, ` +
    `seeds ${seed}–${seed + organizations - 1}; rates with 95% Wilson intervals.\n`,
);
console.log(`${''.padEnd(40)}${columns.map((c) => c.padEnd(24)).join('')}`);
const misses: string[] = [];
const started = Date.now();
for (const errorCase of ERROR_RATE_CASES) {
  const results = instruments.map((i) => ({
    ...i,
    result: measureCase(i.questionnaire, errorCase, i.models, organizations, seed),
  }));
  console.log(errorCase.name);
  for (const [index, measure] of errorCase.measures.entries()) {
    const cells: string[] = [];
    for (const { questionnaire, models, result } of results) {
      const { byModel } = result.rates[index]!;
      for (const model of models as BarrierModel[]) {
        cells.push(format(byModel[model.version]!));
        const rate = byModel[model.version]!.rate;
        if (model.version === BARRIER_MODEL_V2.version && measure.kind === 'error' && rate >= TARGET)
          misses.push(`${errorCase.name}, ${questionnaire.id}: ${measure.label} ${percent(rate)}`);
      }
    }
    console.log(`  ${measure.label.padEnd(38)}${cells.join('')}`);
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
