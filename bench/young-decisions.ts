/**
 * A young lake's decisions against the full history's (docs/benchmarks.md,
 * session 64): every group of a rolled lake replayed as the decision
 * backtest replays it (`replayDate`), as of each start + n days with only
 * the n days since the start (`historyDays` n: the lake as it would be
 * had its traffic begun on the start), and with the whole history before
 * the same date. A group critical in the young replay is a true alert when
 * the full history makes it critical too. Prints per length n precision,
 * recall and F1 of "critical", why each false one is critical (`over`:
 * its busiest day of the last week already at critical; `bound`: only the
 * upper bound reaches critical within the lead time), and, where the data
 * reach far enough to judge it, "order now" scored as the backtest scores
 * it, against the traffic that followed. With `--list`, each false
 * critical. Then the same cases decided on the level seen and a stated
 * growth, not on the bounds (`young-decisions-prior.ts`).
 *
 * Starts: `--starts K` dates `--every E` days apart (8 by default, so the
 * weekday of the first day changes), the last one `--days`' longest
 * length before the data's last day; or the `--from` dates given.
 *
 * Run: npx tsx bench/young-decisions.ts --data DIR [--days 2-27]
 *   [--starts 5] [--every 8 | --from 2026-09-07,2026-09-16] [--list]
 *   (DIR holds lake/ with series_daily, rolled by a run, and inventory/)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { replayDate } from '#lib/pipeline/replay-date';
import { buildLocalDeps } from '#lib/wiring/local';
import { benchArgs, exitWithUsageError, wholeOption } from './bench-args.ts';
import { type Lake, readLake, topPeak } from './young-decisions-lake.ts';
import {
  printYoungDecisions,
  type YoungCase,
} from './young-decisions-print.ts';
import { priorRule } from './young-decisions-prior.ts';

const { values: args } = benchArgs(import.meta.url, {
  options: {
    data: { type: 'string' },
    days: { type: 'string', default: '2-27' },
    starts: { type: 'string', default: '5' },
    every: { type: 'string', default: '8' },
    from: { type: 'string' },
    list: { type: 'boolean' },
  },
});
if (!args.data) exitWithUsageError(import.meta.url, '--data DIR is needed');
const [first, last] = lengths(args.days);
const data = resolve(args.data);
const out = await mkdtemp(join(tmpdir(), 'headroom-young-decisions-'));
const deps = await buildLocalDeps({
  lake: join(data, 'lake'),
  inventory: join(data, 'inventory'),
  out,
  config: DEFAULT_CONFIG,
  quiet: true,
});
try {
  const lake = await readLake(deps);
  const cases = youngCases(lake);
  console.log(
    `lake ${lake.firstDay} to ${lake.lastDay}, ${lake.groups} groups; ` +
      `starts ${[...new Set(cases.map((c) => c.start))].join(', ')}`,
  );
  printYoungDecisions(cases, { lengths: true, list: args.list === true });
  for (const growth of [0, 0.25, 0.5, 1, 2]) {
    console.log(`\nthe last week's top grown ${100 * growth} % a year:`);
    printYoungDecisions(priorRule(cases, growth), {
      lengths: false,
      list: false,
    });
  }
} finally {
  await deps.engine.close();
  await rm(out, { recursive: true, force: true });
}

/** Each start's young replays at each length, beside the full history's. */
function youngCases(lake: Lake): YoungCase[] {
  const { config } = deps;
  const context = {
    config,
    inventory: lake.inventory,
    dataLastDay: lake.lastDay,
  };
  const replay = (asOf: string, historyDays = config.historyDays) =>
    replayDate(
      { ...context, config: { ...config, historyDays } },
      lake.series,
      lake.actuals,
      asOf,
    ).filter((c) => c.outcome !== 'skipped');
  const cases: YoungCase[] = [];
  for (const start of startDates(lake.lastDay)) {
    for (let n = first; n <= last; n += 1) {
      const asOf = addDays(start, n);
      const full = new Map(replay(asOf).map((c) => [c.group, c]));
      for (const young of replay(asOf, n)) {
        const peaks = lake.actuals.get(young.group);
        cases.push({
          start,
          n,
          young,
          full: full.get(young.group),
          topPeak: peaks ? topPeak(peaks, start, asOf) : 0,
          critical: config.thresholds.default.critical,
        });
      }
    }
  }
  return cases;
}

/**
 * `--days`' lengths: `N-M` (2 <= N <= M), or `N` for one length; a
 * usage error otherwise (a single number gave no cases, and nothing said so).
 */
function lengths(text: string): [number, number] {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2] ?? match?.[1]);
  if (!match || first < 2 || last < first) {
    exitWithUsageError(
      import.meta.url,
      `--days must be N-M days with 2 <= N <= M, or N: got ${JSON.stringify(text)}`,
    );
  }
  return [first, last];
}

/** The starts: given, or `--starts` dates `--every` days apart. */
function startDates(lastDay: string): string[] {
  if (args.from) return args.from.split(',');
  const count = wholeOption(import.meta.url, '--starts', args.starts, {
    min: 1,
  })!;
  const every = wholeOption(import.meta.url, '--every', args.every, {
    min: 1,
  })!;
  const latest = addDays(lastDay, -last);
  return Array.from({ length: count }, (_, k) =>
    addDays(latest, -every * (count - 1 - k)),
  );
}
