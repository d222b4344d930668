/**
 * `npm run bench:backtest`: the decision backtest on the generated sample.
 * Generates `data/sample` if it is missing and rolls it up with the run
 * (reports to a temporary folder) if `series_daily` is missing, then
 * replays the last 9 months every 30 days, twice:
 *
 * - with the default thresholds (critical 85 %): the sample is built so
 *   that its urgent groups reach critical only after its last day, so its
 *   history holds few or no true crossings to score;
 * - with the thresholds lowered to warning 55 % / critical 70 %, so that
 *   the same history holds crossings (the forecasts are the same; only
 *   the line they must cross moves).
 *
 * Prints precision, recall, F1, the median critical-date errors, the wall
 * time and the load average. Run: npx tsx bench/backtest.ts [--data DIR]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backtestLocal } from '#lib/cli/backtest';
import { runLocal } from '#lib/cli/run-local';
import type { BacktestResult } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { scoreBacktest } from '#lib/rules/score-backtest';
import { generateSample } from '#lib/sample/index';

const MONTHS_DAYS = 270;
const LOWERED = { thresholds: { default: { warning: 0.55, critical: 0.7 } } };

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'data/sample' } },
});
const data = resolve(values.data);
const lake = join(data, 'lake');
const inventory = join(data, 'inventory');
const temp = await mkdtemp(join(tmpdir(), 'headroom-bench-backtest-'));
try {
  const lastDay = await ensureRolledUp();
  const from = addDays(lastDay, -MONTHS_DAYS);
  const lowered = join(temp, 'lowered.json');
  await writeFile(lowered, JSON.stringify(LOWERED));
  const runs = [
    ['default thresholds (critical 85 %)', undefined],
    ['lowered thresholds (warning 55 %, critical 70 %)', lowered],
  ] as const;
  for (const [name, config] of runs) {
    console.log(`\n--- ${name} ---`);
    const began = performance.now();
    const result = await backtestLocal({
      lake,
      inventory,
      ...(config ? { config } : {}),
      from,
      to: lastDay,
      every: 30,
      out: join(temp, 'backtest.json'),
      quiet: true,
    });
    printFigures(result, (performance.now() - began) / 1000);
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}

async function ensureRolledUp(): Promise<string> {
  if (!existsSync(join(data, 'sample.json'))) {
    console.log(`no sample at ${data}: generating one (about 15 s)`);
    await generateSample({ out: data });
  }
  const { lastDay } = JSON.parse(
    await readFile(join(data, 'sample.json'), 'utf8'),
  ) as { lastDay: string };
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
  return lastDay;
}

function printFigures(result: BacktestResult, seconds: number) {
  const t = result.totals;
  const f = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const d = (x: number | null) => (x === null ? 'n/a' : `${x} days`);
  const line = (label: string, s: typeof t) =>
    console.log(
      `${label}: precision ${f(s.precision)}, recall ${f(s.recall)}, ` +
        `F1 ${f(s.f1)}; median critical-date error ` +
        `${d(s.dateErrorMean.medianAbsDays)} (mean forecast), ` +
        `${d(s.dateErrorUpper.medianAbsDays)} (upper bound)`,
    );
  line('all cases', t);
  // An alert on a group already over critical is right but predicts
  // nothing: the same scores without those cases.
  line(
    'groups not yet critical at the as-of date',
    scoreBacktest(result.cases.filter((c) => !c.alreadyCritical)),
  );
  console.log(
    `wall ${seconds.toFixed(1)} s, peak RSS ` +
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, load ` +
      `average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
  );
}
