// Prints, for each seed case, the verdict and the reasons behind it, so a person can read why the model
// decided as it did. Usage: node --import tsx test/scenarios/print-seed-cases.ts [seed ...]
// With `--sweep N` it instead runs every case on N seeds and counts the verdicts, to see how stable each
// one is against sampling noise. `--model V` judges them with model version V (default: the current one);
// `--questionnaire ID` asks them with that questionnaire (default: readiness-okr-2, what new campaigns use).

import { loadQuestionnaires } from '../../server/load-questionnaires';
import {
  BARRIER_MODELS,
  CURRENT_MODEL_VERSION,
  judgingModel,
} from '../../server/domain/instrument/barrier-model';
import { buildCampaignReport } from '../../server/domain/analysis/campaign-report';
import type { Check } from '../../server/domain/decisions/checks';
import { buildSeedCase, DEFAULT_SEED, SEED_CASE_NAMES, type SeedCaseName } from './seed-cases';

function format(value: number | null, unit: Check['unit']): string {
  if (value === null) return '—';
  if (unit === 'share') return `${(100 * value).toFixed(0)}%`;
  if (unit === 'coefficient') return value.toFixed(2);
  return unit === 'count' ? String(value) : value.toFixed(1);
}

const RELATION: Record<Check['barrierWhen'], string> = {
  below: '<',
  'at-or-below': '≤',
  'at-or-above': '≥',
};

function describeCheck(c: Check): string {
  const interval = c.low !== null && c.high !== null && c.low !== c.high;
  const range = interval ? ` [${format(c.low, c.unit)}, ${format(c.high, c.unit)}]` : '';
  return `${c.status.padEnd(10)} ${c.label.en}: ${format(c.value, c.unit)}${range} (barrier when ${RELATION[c.barrierWhen]} ${format(c.threshold, c.unit)})`;
}

const args = process.argv.slice(2);
const sweepAt = args.indexOf('--sweep');
const modelAt = args.indexOf('--model');
const questionnaireAt = args.indexOf('--questionnaire');
const questionnaireId = questionnaireAt === -1 ? 'readiness-okr-2' : (args[questionnaireAt + 1] ?? '');
const found = (await loadQuestionnaires()).get(questionnaireId);
if (!found) throw new Error(`No questionnaire ${questionnaireId}`);
const questionnaire = found;
const version = modelAt === -1 ? CURRENT_MODEL_VERSION : (args[modelAt + 1] ?? '');
const chosen = BARRIER_MODELS[version] && judgingModel(version, questionnaire.modelVersion);
if (!chosen) throw new Error(`--model needs one of ${Object.keys(BARRIER_MODELS).join(', ')}`);
const model = chosen;

function reportOf(name: SeedCaseName, seed: number) {
  const seedCase = buildSeedCase(name, seed, questionnaire);
  const report = buildCampaignReport({
    organization: seedCase.organization,
    campaign: { ...seedCase.campaign, modelVersion: model.version },
    questionnaire,
    model,
    responses: seedCase.responses,
  });
  return { seedCase, report };
}

if (sweepAt !== -1) {
  const runs = Number(args[sweepAt + 1] ?? 100);
  for (const name of SEED_CASE_NAMES) {
    const tally = new Map<string, number>();
    for (let i = 0; i < runs; i++) {
      const { seedCase, report } = reportOf(name, DEFAULT_SEED + i);
      const { verdict, provisional, decidingGate, gates } = report.decision;
      const why = gates
        .find((g) => g.id === decidingGate)
        ?.checks.filter((c) => c.status === 'fail' || c.status === 'leans-fail')
        .map((c) => c.subject)
        .join('+');
      const key =
        verdict === seedCase.expected.verdict
          ? `expected${provisional ? ' (provisional)' : ''}`
          : `${verdict}${provisional ? ' (provisional)' : ''} by ${why}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    const counts = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`);
    console.log(`${name.padEnd(26)} ${counts.join('; ')}`);
  }
  process.exit(0);
}

const seeds = args
  .filter((_, i) => i !== modelAt + 1 && i !== questionnaireAt + 1)
  .map(Number)
  .filter(Number.isFinite);

for (const seed of seeds.length ? seeds : [DEFAULT_SEED]) {
  for (const name of SEED_CASE_NAMES) {
    const { seedCase, report } = reportOf(name, seed);
    const { decision } = report;
    const deciding = decision.gates.find((g) => g.id === decision.decidingGate);
    const mark =
      decision.verdict === seedCase.expected.verdict ? '' : `   ≠ expected ${seedCase.expected.verdict}`;
    console.log(`\n■ ${name} (seed ${seed}): ${seedCase.story}`);
    console.log(
      `  verdict ${decision.verdict}${decision.provisional ? ' (provisional)' : ''}, deciding gate ${decision.decidingGate ?? 'none'}${mark}`,
    );
    console.log(
      `  ${report.responses} responses of ${report.headcount} (${format(report.responseRate, 'share')}); hidden: ${
        report.departments
          .filter((d) => d.hidden)
          .map((d) => d.name)
          .join(', ') || 'none'
      }`,
    );
    const failing = (deciding?.checks ?? []).filter((c) => c.status === 'fail' || c.status === 'leans-fail');
    for (const c of failing) console.log(`    ${describeCheck(c)}`);
    const leaning = decision.gates
      .slice(0, deciding ? decision.gates.indexOf(deciding) : undefined)
      .flatMap((g) =>
        g.checks.filter((c) => c.status === 'leans-pass').map((c) => `${g.id}: ${describeCheck(c)}`),
      );
    for (const line of leaning) console.log(`    (uncertain) ${line}`);
    const signals = report.analysis?.siloSignals ?? [];
    if (signals.length)
      console.log(
        `  silo signals: ${signals.map((s) => `${s.kind} ${s.subject} ${s.value.toFixed(2)}`).join('; ')}`,
      );
    const conflicts = report.analysis?.conflictMap.conflicts ?? [];
    if (conflicts.length)
      console.log(
        `  conflicts: ${conflicts.map((c) => `${c.a} (${c.meaningA}) ↔ ${c.b} (${c.meaningB})`).join('; ')}`,
      );
    console.log(`  recommendations: ${report.recommendations.map((r) => r.id).join(', ')}`);
  }
}
