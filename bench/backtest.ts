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
 * An existing sample at --data is used as it is (a warning says so when
 * its seed or end differ from the ones given).
 *
 * Run: npx tsx bench/backtest.ts [--data DIR] [--seed S] [--end DATE]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backtestLocal } from '#lib/cli/backtest';
import { runLocal } from '#lib/cli/run-local';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { generateSample } from '#lib/sample/index';
import { printChurn } from './alert-churn.ts';
import {
  printCrossings,
  printFigures,
  type SampleJson,
} from './backtest-print.ts';
import { benchArgs, wholeOption } from './bench-args.ts';

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
const data = resolve(values.data);
const lake = join(data, 'lake');
const inventory = join(data, 'inventory');
const temp = await mkdtemp(join(tmpdir(), 'headroom-bench-backtest-'));
try {
  const sample = await ensureRolledUp();
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

async function ensureRolledUp(): Promise<SampleJson> {
  if (!existsSync(join(data, 'sample.json'))) {
    console.log(`no sample at ${data}: generating one (about 15 s)`);
    await generateSample({
      out: data,
      ...(seed !== undefined ? { seed } : {}),
      ...(values.end ? { end: values.end } : {}),
    });
  }
  const sample = JSON.parse(
    await readFile(join(data, 'sample.json'), 'utf8'),
  ) as SampleJson;
  warnIfOther(sample);
  const { lastDay } = sample;
  if (!existsSync(join(lake, 'series_daily', `dt=${lastDay}`))) {
    console.log('series_daily is missing: rolling up with headroom run');
    await runLocal({
      lake,
      inventory,
      out: join(temp, 'out'),
      asOf: addDays(lastDay, 1),
      quiet: true,
    });
  }
  return sample;
}

/** An existing sample is used as it is: says so when it is not the one asked. */
function warnIfOther(sample: SampleJson) {
  const asked = [
    seed !== undefined && seed !== sample.seed
      ? `seed ${seed} (it has ${sample.seed})`
      : '',
    values.end !== undefined && values.end !== sample.lastDay
      ? `end ${values.end} (it ends ${sample.lastDay})`
      : '',
  ].filter(Boolean);
  if (asked.length === 0) return;
  console.warn(
    `warning: ${data} already holds a sample, which is used as it is, ` +
      `not ${asked.join(' and ')}; give another --data to generate one`,
  );
}
