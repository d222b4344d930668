/**
 * A FABRICATED decision backtest of a fleet, written into a report store
 * folder for bench/backtest-publish.ts: `links / 4` groups at 10 as-of
 * dates, 30 days apart.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { BACKTEST_KEY, type BacktestCase } from '#lib/domain/backtest';
import { BACKTEST_SUMMARY_KEY } from '#lib/domain/backtest-summary';
import { addDays } from '#lib/domain/dates';
import {
  assembleBacktest,
  backtestHead,
} from '#lib/pipeline/assemble-backtest';
import { encodeBacktest, writeBacktest } from '#lib/pipeline/write-backtest';

const DATES = Array.from({ length: 10 }, (_, i) =>
  addDays('2025-11-01', i * 30),
);

/** One case; every 100 cases: 6 hits, 8 false alerts, 4 misses, 2 open. */
function fabricate(i: number, asOf: string): BacktestCase {
  const g = Math.floor(i / DATES.length);
  const slot = (i * 37) % 100;
  const base = {
    asOf,
    group: `ISP${Math.floor(g / 5)}/S${g % 5}/pni`,
    isp: `ISP${Math.floor(g / 5)}`,
    leadTimeDays: 90,
    windowEnd: addDays(asOf, 120),
  };
  const alert = alertAt(asOf);
  const crossing = { actualCrossing: addDays(asOf, 100) };
  const quiet = { ...base, severity: 'watch' as const, orderNow: false };
  if (slot < 6) {
    return {
      ...base,
      ...alert,
      ...crossing,
      outcome: 'true-positive',
      errorDays: 30,
      errorDaysUpper: 10,
    };
  }
  if (slot < 14) return { ...base, ...alert, outcome: 'false-positive' };
  if (slot < 18) {
    return {
      ...quiet,
      ...crossing,
      criticalDateUpper: addDays(asOf, 200),
      outcome: 'false-negative',
      errorDaysUpper: 100,
    };
  }
  if (slot < 20) return { ...quiet, outcome: 'open' };
  return { ...quiet, severity: 'ok', outcome: 'true-negative' };
}

/** The dates of an "order now" at `asOf`. */
const alertAt = (asOf: string) => ({
  severity: 'warning' as const,
  orderNow: true,
  orderByDate: addDays(asOf, 20),
  criticalDate: addDays(asOf, 130),
  criticalDateUpper: addDays(asOf, 110),
});

/**
 * Writes the fleet's backtest into the store at `out`: as the backtest
 * writes it now (`summary`), `backtest.json` alone (`legacy`), or none.
 *
 * @returns the sizes written, in words
 */
export async function writeFleetBacktest(
  out: string,
  links: number,
  mode: 'summary' | 'legacy' | 'none',
): Promise<string> {
  const store = new FsObjectStore(out);
  await store.delete([BACKTEST_KEY, BACKTEST_SUMMARY_KEY]);
  if (mode === 'none') return '';
  const groups = Math.floor(links / 4);
  const cases = Array.from({ length: groups * DATES.length }, (_, i) =>
    fabricate(i, DATES[i % DATES.length]!),
  );
  const range = { from: DATES[0]!, to: DATES.at(-1)!, everyDays: 30 };
  const span = { firstDay: '2024-11-01', lastDay: '2026-11-25' };
  const started = new Date('2026-12-02T07:00:00Z');
  const head = backtestHead(
    { range, asOfDates: DATES, span },
    DEFAULT_CONFIG,
    started,
  );
  const result = assembleBacktest(head, cases, [], 600);
  if (mode === 'legacy') {
    await store.put(BACKTEST_KEY, encodeBacktest(result));
  } else {
    await writeBacktest((k, b) => store.putPieces(k, b), BACKTEST_KEY, result);
  }
  const size = async (key: string) =>
    `${((await stat(join(out, key)).catch(() => ({ size: 0 }))).size / 1e6).toFixed(2)} MB`;
  return (
    `${links} links: ${cases.length} cases; ${BACKTEST_KEY} ` +
    `${await size(BACKTEST_KEY)}, ${BACKTEST_SUMMARY_KEY} ` +
    `${await size(BACKTEST_SUMMARY_KEY)}`
  );
}
