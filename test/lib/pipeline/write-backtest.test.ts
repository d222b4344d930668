import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_KEY, type BacktestCase } from '#lib/domain/backtest';
import {
  BACKTEST_MISSES_KEY,
  BACKTEST_SUMMARY_KEY,
} from '#lib/domain/backtest-summary';
import { writeBacktest } from '#lib/pipeline/write-backtest';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';

const CASE: BacktestCase = {
  asOf: '2026-03-01',
  group: 'Acme/LHR1/pni',
  isp: 'Acme',
  severity: 'watch',
  orderNow: false,
  criticalDateUpper: '2026-07-20',
  leadTimeDays: 90,
  windowEnd: '2026-06-29',
  actualCrossing: '2026-05-28',
  outcome: 'false-negative',
};

/** `n` groups at one date: every third an alert without a crossing. */
const fleet = (n: number): BacktestCase[] =>
  Array.from({ length: n }, (_, i) => ({
    ...CASE,
    group: `=ISP${i}/LHR1/pni`,
    ...(i % 3 === 0
      ? { outcome: 'false-positive', orderNow: true, severity: 'warning' }
      : i % 3 === 1
        ? {}
        : { outcome: 'true-negative', actualCrossing: undefined }),
  })) as BacktestCase[];

async function written(cases: BacktestCase[]) {
  const store = new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-')));
  const order: string[] = [];
  const summary = await writeBacktest(
    (key, bytes, type) => {
      order.push(`${key} ${type}`);
      return store.putPieces(key, bytes);
    },
    BACKTEST_KEY,
    fixtureBacktest(cases),
  );
  const text = async (key: string) =>
    new TextDecoder().decode(await store.get(key));
  return { store, order, summary, text };
}

describe('writeBacktest', () => {
  it('writes every miss as CSV, the whole result, then the summary with 200 misses and the count', async () => {
    // Act
    const { order, summary, text } = await written(fleet(3000));

    // Assess
    expect(order).toEqual([
      `${BACKTEST_MISSES_KEY} text/csv; charset=utf-8`,
      `${BACKTEST_KEY} application/json`,
      `${BACKTEST_SUMMARY_KEY} application/json`,
    ]);
    const csv = await text(BACKTEST_MISSES_KEY);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2000);
    expect(rows.filter((r) => r.outcome === 'false-negative')).toHaveLength(
      1000,
    );
    // Missed crossings first; names a spreadsheet would evaluate, quoted.
    expect(rows[0]).toMatchObject({
      as_of: '2026-03-01',
      group: "'=ISP1/LHR1/pni",
      outcome: 'false-negative',
      critical_date_upper: '2026-07-20',
      critical_date: '',
      lead_time_days: '90',
      already_critical: 'false',
    });
    expect(rows[1000]?.outcome).toBe('false-positive');
    const stored = JSON.parse(await text(BACKTEST_SUMMARY_KEY));
    expect(stored).toEqual(summary);
    expect(summary.kind).toBe('headroom-backtest-summary');
    expect(summary.misses.total).toBe(2000);
    expect(summary.misses.shown).toHaveLength(200);
    expect(summary.misses.shown[0]?.group).toBe('=ISP1/LHR1/pni');
    expect(summary.misses.file).toEqual({
      bytes: Buffer.byteLength(csv),
      sha256: createHash('sha256').update(csv).digest('hex'),
    });
    expect(summary).not.toHaveProperty('cases');
    expect(JSON.parse(await text(BACKTEST_KEY)).cases).toHaveLength(3000);
  });

  it('writes a misses file of its header alone when nothing was missed', async () => {
    // Act
    const { summary, text } = await written([]);

    // Assess
    expect(await text(BACKTEST_MISSES_KEY)).toBe(
      'as_of,group,isp,outcome,severity,order_by_date,critical_date,critical_date_upper,lead_time_days,window_end,actual_crossing,already_critical,error_days,error_days_upper\n',
    );
    expect(summary.misses).toMatchObject({ total: 0, shown: [] });
  });
});
