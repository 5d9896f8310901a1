// `npm run mutation [-- <domain files>] [--concurrency N]`: Stryker mutates the domain (or the files
// named) and runs the domain tests against each mutant, then prints the mutation score of each file.
// Not part of `npm test` or CI: on two cores it takes tens of minutes. Set-up notes: ../shared/design/stack.md.

import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';

const ROOT = join(import.meta.dirname, '..', '..');
const DOMAIN = 'server/domain';
const TESTS = 'test/server/domain';

/**
 * Each file is mutated in a run of its own against its own tests: by default its mirrored test file, and
 * here those of files tested through another (or beside their mirror), named under test/server/domain or,
 * from `test/`, anywhere. Module-level mutants (tables, rules,
 * words) must re-run every selected test, so selecting the whole domain suite would take hours.
 */
const TESTED_BY: Record<string, string[]> = {
  // MODEL.md states every scale and threshold of the model; its test checks them against the code.
  'instrument/barrier-model.ts': ['instrument/barrier-model', 'test/questionnaires/model-doc'],
  'access/account.ts': ['access/account', 'access/policy'],
  'campaigns/campaign.ts': ['campaigns/campaign', 'campaigns/campaign-phase'],
  'analysis/campaign-analysis.ts': ['analysis/campaign-analysis', 'analysis/campaign-report'],
  'campaigns/campaign-settings.ts': ['campaigns/campaign-settings', 'campaigns/reporting-groups'],
  'decisions/decide.ts': ['decisions/decide', 'decisions/decide-facts'],
  'decisions/decision-rules.ts': ['decisions/decision-rules', 'decisions/decide', 'decisions/decide-facts'],
  'analysis/goal-audit-patterns.ts': ['analysis/goal-audit-patterns', 'analysis/goal-audit'],
  'decisions/recommendation.ts': ['decisions/recommend'],
  'decisions/recommendation-rules.ts': ['decisions/recommend'],
  'decisions/recommendation-rules-foundation.ts': ['decisions/recommend'],
  'decisions/recommendation-rules-goals.ts': ['decisions/recommend'],
  'instrument/scoring.ts': ['instrument/scoring', 'instrument/scoring.property'],
  'decisions/starter-plans.ts': ['decisions/recommend'],
  'decisions/action-plan.ts': ['decisions/action-plan', 'decisions/action-plan-fields'],
  // Comparing two reports and evaluating a pilot from them are checked through the waves route, whose tests
  // make the waves' answers through the API.
  'waves/wave-comparison.ts': [
    'waves/wave-comparison',
    'waves/compare-reports',
    'test/server/routes/campaign-waves',
  ],
  'waves/pilot-from-reports.ts': [
    'waves/compare-reports',
    'test/server/routes/campaign-waves',
    'waves/pilot-combined-scores',
  ],
  'campaigns/stated-facts.ts': ['campaigns/organization-facts'],
  'decisions/verdicts.ts': ['decisions/verdicts', 'decisions/decide'],
  'statistics/distributions.ts': ['statistics/distributions', 'statistics/intervals'],
  // The release rule as answers arrive is checked against the list rule through the tally's property test.
  'anonymity/batch-release.ts': ['anonymity/batch-release', 'analysis/campaign-tally'],
  'analysis/tally-plan.ts': ['analysis/campaign-tally'],
  // The export's columns, coding and codebook are checked whole through the route: its CSV against the
  // answers stored, its codebook against the questionnaire.
  'analysis/export-columns.ts': ['analysis/export-columns', 'test/server/routes/campaign-export'],
  'analysis/export-coding.ts': ['analysis/export-coding', 'test/server/routes/campaign-export'],
  'analysis/export-codebook.ts': ['analysis/export-codebook', 'test/server/routes/campaign-export'],
  // Waves: each file has its own table tests; the disclosure rule is also exercised through the lineage.
  'waves/unit-lineage.ts': ['waves/unit-lineage'],
  'waves/wave-change.ts': ['waves/wave-change'],
  'waves/pilot-evaluation.ts': ['waves/pilot-evaluation'],
  'waves/wave-disclosure.ts': ['waves/wave-disclosure'],
  'waves/wave-cadence.ts': ['waves/wave-cadence'],
  'waves/wave-verdict-history.ts': ['waves/wave-verdict-history'],
  'waves/compared-units.ts': ['waves/compared-units'],
  'waves/lineage-declarations.ts': ['waves/lineage-declarations'],
  // The calibration cadence an edit sets or clears is tested in a file of its own.
  'campaigns/organization-edit.ts': ['campaigns/organization-edit', 'campaigns/organization-cadence'],
  // The goal rules are judged through the audit's own tables too; the workshop's files by their mirrors.
  'analysis/goal-rules.ts': ['analysis/goal-rules', 'analysis/goal-audit'],
  // A cut's two file layouts: the groups' table and the per-question one, each with tests of its own.
  'analysis/cut-table.ts': ['analysis/cut-table', 'analysis/cut-question-table'],
  'workshop/coach.ts': ['workshop/coach'],
  'workshop/warm-up-scenarios.ts': ['workshop/warm-up-scenarios'],
  'workshop/workshop.ts': ['workshop/workshop'],
  'workshop/workshop-view.ts': ['workshop/workshop-view'],
};

/** About 500 mutants in slow loops: a slow mutant must not be mistaken for an endless one. */
const SLOW = new Set(['statistics/distributions.ts']);

interface Run {
  file: string;
  tests: string[];
  /** Whether vitest narrows the tests to those importing the file: only for the fallback to all of them. */
  related: boolean;
  timeoutMS: number;
}

function domainFiles(): string[] {
  return readdirSync(join(ROOT, DOMAIN), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${DOMAIN}/${name.split('\\').join('/')}`)
    .sort();
}

function planRun(file: string): Run {
  const name = file.slice(DOMAIN.length + 1);
  const tests = (TESTED_BY[name] ?? [name.replace(/\.ts$/, '')])
    .map((test) => (test.startsWith('test/') ? `${test}.test.ts` : `${TESTS}/${test}.test.ts`))
    .filter((test) => existsSync(join(ROOT, test)));
  // With no test of its own a file is tried against the tests that import it, however far away.
  return {
    file,
    tests: tests.length > 0 ? tests : [`${TESTS}/**/*.test.ts`],
    related: tests.length === 0,
    timeoutMS: SLOW.has(name) ? 60_000 : 5_000,
  };
}

async function mutate(run: Run, concurrency: number): Promise<MutantResult[]> {
  process.env.MUTATION_TESTS = run.tests.join(',');
  const options: PartialStrykerOptions = {
    mutate: [run.file],
    testRunner: 'vitest',
    vitest: { configFile: 'test/mutation/vitest.config.ts', related: run.related },
    coverageAnalysis: 'perTest',
    // A file that only declares types has no test importing it at run time, and no mutants either.
    allowEmpty: true,
    checkers: [],
    concurrency,
    timeoutMS: run.timeoutMS,
    reporters: ['progress'],
    logLevel: 'warn' as PartialStrykerOptions['logLevel'],
    ignorePatterns: [
      '/*',
      '!/server',
      '!/test',
      '!/questionnaires',
      '!/shared',
      '!/package.json',
      '/test/.artifacts',
    ],
    cleanTempDir: 'always',
    plugins: ['@stryker-mutator/vitest-runner', join(import.meta.dirname, 'wording-ignorer.mjs')],
    ignorers: ['wording'],
  };
  return new Stryker(options).runMutationTest();
}

interface FileScore {
  file: string;
  mutants: number;
  detected: number;
  survived: number;
  noCoverage: number;
  ignored: number;
}

function scoreOf(counts: Pick<FileScore, 'detected' | 'survived' | 'noCoverage'>): string {
  const valid = counts.detected + counts.survived + counts.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * counts.detected) / valid).toFixed(1)}%`;
}

function tally(files: string[], results: MutantResult[]): FileScore[] {
  const rows = new Map(
    files.map((file) => [file, { file, mutants: 0, detected: 0, survived: 0, noCoverage: 0, ignored: 0 }]),
  );
  for (const result of results) {
    const row = rows.get(relative(ROOT, result.fileName).split('\\').join('/'));
    if (!row) continue;
    if (result.status === 'Killed' || result.status === 'Timeout') row.detected += 1;
    else if (result.status === 'Survived') row.survived += 1;
    else if (result.status === 'NoCoverage') row.noCoverage += 1;
    else if (result.status === 'Ignored') row.ignored += 1;
    else continue; // compile and runtime errors are not mutants a test could have caught
    row.mutants += 1;
  }
  return [...rows.values()];
}

function table(rows: FileScore[]): string {
  const total = rows.reduce(
    (sum, row) => ({
      ...sum,
      mutants: sum.mutants + row.mutants,
      detected: sum.detected + row.detected,
      survived: sum.survived + row.survived,
      noCoverage: sum.noCoverage + row.noCoverage,
      ignored: sum.ignored + row.ignored,
    }),
    { file: '**all files**', mutants: 0, detected: 0, survived: 0, noCoverage: 0, ignored: 0 },
  );
  const line = (row: FileScore) =>
    `| ${row.file.replace(`${DOMAIN}/`, '')} | ${scoreOf(row)} | ${row.mutants} | ${row.survived} | ${row.noCoverage} | ${row.ignored} |`;
  return [
    '| File | Score | Mutants | Survived | No test | Disabled |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.filter((row) => row.mutants > 0).map(line),
    line(total),
  ].join('\n');
}

/** Where each surviving mutant lives, so the missing test (or the equivalence to mark) can be found. */
function survivors(results: MutantResult[]): string[] {
  return results
    .filter((result) => result.status === 'Survived' || result.status === 'NoCoverage')
    .map((result) => {
      const where = `${relative(ROOT, result.fileName)}:${result.location.start.line}:${result.location.start.column}`;
      const replacement = (result.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      return `${where} ${result.mutatorName}${result.status === 'NoCoverage' ? ' (no test)' : ''}: ${replacement}`;
    })
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--concurrency');
  const concurrency = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
  const named = args.map((arg) => arg.split('\\').join('/').replace(/^\.\//, ''));
  const files = named.length > 0 ? named : domainFiles();
  const unknown = files.filter((file) => !domainFiles().includes(file));
  if (unknown.length > 0) throw new Error(`Not domain files: ${unknown.join(', ')}`);

  const results: MutantResult[] = [];
  const failed: string[] = [];
  for (const [i, file] of files.entries()) {
    const run = planRun(file);
    console.log(`[${i + 1}/${files.length}] ${file} against ${run.tests.join(', ')}`);
    const started = Date.now();
    let mine: MutantResult[];
    try {
      mine = await mutate(run, concurrency);
    } catch (error) {
      // A failing test run leaves this file unscored; the others are still worth running.
      failed.push(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      continue;
    }
    results.push(...mine);
    const [row] = tally([file], mine);
    const seconds = Math.round((Date.now() - started) / 1000);
    const found =
      row && row.mutants > 0 ? `${scoreOf(row)} of ${row.mutants} mutants detected` : 'no mutants';
    console.log(`${found}, ${seconds} s`);
    for (const line of survivors(mine)) console.log(`  ${line}`);
  }
  const rows = tally(files, results);
  console.log(`\nMutation score per domain file, ${new Date().toISOString().slice(0, 10)}:\n`);
  console.log(table(rows));
  const below = rows.filter(
    (row) => row.mutants > 0 && row.detected < 0.9 * (row.detected + row.survived + row.noCoverage),
  );
  if (failed.length > 0)
    console.log(`\nNot scored (the tests failed before any mutant):\n${failed.join('\n')}`);
  if (below.length > 0) console.log(`\nBelow 90%: ${below.map((row) => row.file).join(', ')}`);
}

await main();
