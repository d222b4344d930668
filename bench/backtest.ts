/**
 * `npm run bench:backtest`: the decision backtest on the generated sample,
 * at the default configuration (critical 85 %). Generates the sample if
 * it is missing (`--seed`, `--end`: which one; defaults as `headroom
 * sample`) and rolls it up with the run (reports to a temporary folder) if
 * `series_daily` is missing, then replays the last 9 months every 30 days.
 * The sample holds true crossings of critical inside that window (about
 * 13 % of its groups grew through 85 % and were augmented 1–4 months
 * later, `lib/sample/plan-crossings.ts`), so the scores are of real
 * decisions. Prints precision, recall, F1 and the median critical-date
 * errors, for all cases and without the groups already over critical at
 * their date, the crossings the plan designed against those found, the
 * wall time and the load average. Then replays the last 125 days every
 * day and counts the alert emails the changes rule would send over them
 * (`printChurn`).
 *
 * A sample already at --data is scored as it is: a --seed or --end it
 * does not match is refused (exit 2) before any work, and the figures
 * begin with the sample they are of.
 *
 * Run: npx tsx bench/backtest.ts [--data DIR] [--seed S] [--end DATE]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backtestLocal } from '#lib/cli/backtest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays, inputDayProblem } from '#lib/domain/dates';
import { printChurn } from './alert-churn.ts';
import { printCrossings, printFigures } from './backtest-print.ts';
import {
  ensureRolledUp,
  readSample,
  sampleMismatch,
} from './backtest-sample.ts';
import { benchArgs, exitWithUsageError, wholeOption } from './bench-args.ts';

const MONTHS_DAYS = 270;
// Daily decisions folded through the changes rule (`printChurn`).
const CHURN_DAYS = 124;

const { values } = benchArgs(import.meta.url, {
  options: {
    data: { type: 'string', default: 'data/sample' },
    seed: { type: 'string' },
    end: { type: 'string' },
  },
});
// generateSample takes any seed from 0 (to 2^32 − 1, which it checks).
const seed = wholeOption(import.meta.url, '--seed', values.seed, { min: 0 });
const { end } = values;
const endProblem = end === undefined ? undefined : inputDayProblem(end);
if (endProblem !== undefined) {
  exitWithUsageError(import.meta.url, `--end ${endProblem} (got "${end}")`);
}
const asked = {
  ...(seed !== undefined ? { seed } : {}),
  ...(end !== undefined ? { end } : {}),
};
const data = resolve(values.data);
const there = await readSample(data);
const mismatch = there && sampleMismatch(data, there, asked);
if (mismatch) exitWithUsageError(import.meta.url, mismatch);
const lake = join(data, 'lake');
const inventory = join(data, 'inventory');
const temp = await mkdtemp(join(tmpdir(), 'headroom-bench-backtest-'));
try {
  const sample = await ensureRolledUp(data, temp, asked);
  console.log(
    `sample at ${data}: seed ${sample.seed}, ${sample.firstDay} to ${sample.lastDay}, ${sample.links} links`,
  );
  const from = addDays(sample.lastDay, -MONTHS_DAYS);
  console.log('\n--- default thresholds (critical 85 %) ---');
  const began = performance.now();
  const result = await backtestLocal({
    lake,
    inventory,
    from,
    to: sample.lastDay,
    every: 30,
    out: join(temp, 'backtest.json'),
    quiet: true,
  });
  printFigures(result, (performance.now() - began) / 1000);
  printCrossings(result, sample);
  const daily = await backtestLocal({
    lake,
    inventory,
    from: addDays(sample.lastDay, -CHURN_DAYS),
    to: sample.lastDay,
    every: 1,
    out: join(temp, 'daily.json'),
    quiet: true,
  });
  printChurn(daily.cases, DEFAULT_CONFIG.warningWindowDays);
} finally {
  await rm(temp, { recursive: true, force: true });
}
