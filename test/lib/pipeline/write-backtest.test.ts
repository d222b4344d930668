import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { BACKTEST_KEY, type BacktestCase } from '#lib/domain/backtest';
import { BACKTEST_SUMMARY_KEY } from '#lib/domain/backtest-summary';
import { loadBacktest } from '#lib/pipeline/load-backtest';
import { encodeBacktest, writeBacktest } from '#lib/pipeline/write-backtest';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';
import { silentLog } from '../../helpers/recording-log.ts';

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

async function written(cases: BacktestCase[], store?: FsObjectStore) {
  const into = store ?? new FsObjectStore(await mkdtemp(join(tmpdir(), 'bt-')));
  const order: string[] = [];
  const summary = await writeBacktest(
    (key, bytes, type) => {
      order.push(`${key} ${type}`);
      return into.putPieces(key, bytes);
    },
    BACKTEST_KEY,
    fixtureBacktest(cases),
  );
  const text = async (key: string) =>
    new TextDecoder().decode(await into.get(key));
  return { store: into, order, summary, text };
}

/** The misses file publish renders from the store's summary, as rows. */
async function publishedMisses(store: FsObjectStore) {
  const loaded = await loadBacktest(store, silentLog);
  const csv = [...(loaded?.misses.pieces() ?? [])].join('');
  return parse(csv, { columns: true }) as Record<string, string>[];
}

describe('writeBacktest', () => {
  it('writes the whole result, then the summary with every miss, most relevant first', async () => {
    // Act
    const { store, order, summary, text } = await written(fleet(3000));

    // Assess
    expect(order).toEqual([
      `${BACKTEST_KEY} application/json`,
      `${BACKTEST_SUMMARY_KEY} application/json`,
    ]);
    expect(JSON.parse(await text(BACKTEST_SUMMARY_KEY))).toEqual(summary);
    expect(summary.kind).toBe('headroom-backtest-summary');
    expect(summary).not.toHaveProperty('cases');
    expect(summary.misses).toHaveLength(2000);
    expect(JSON.parse(await text(BACKTEST_KEY)).cases).toHaveLength(3000);
    // Written a thousand cases at a time: the same text as in one piece.
    expect(await text(BACKTEST_KEY)).toBe(
      encodeBacktest(fixtureBacktest(fleet(3000))),
    );
    expect(await text(BACKTEST_SUMMARY_KEY)).toBe(encodeBacktest(summary));
    const rows = await publishedMisses(store);
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
  });

  it('leaves the previous backtest shown whole when one stops before its summary', async () => {
    // Prepare
    const { store } = await written(fleet(30));
    const stopped = (key: string, bytes: Iterable<Uint8Array>) => {
      if (key === BACKTEST_SUMMARY_KEY) throw new Error('killed');
      return store.putPieces(key, bytes);
    };

    // Act
    const write = writeBacktest(stopped, BACKTEST_KEY, fixtureBacktest([]));

    // Assess
    await expect(write).rejects.toThrow('killed');
    expect((await loadBacktest(store, silentLog))?.summary.misses).toHaveLength(
      20,
    );
    expect(await publishedMisses(store)).toHaveLength(20);
  });

  it('publishes a misses file of its header alone when nothing was missed', async () => {
    // Act
    const { store, summary } = await written([]);

    // Assess
    const loaded = await loadBacktest(store, silentLog);
    expect([...(loaded?.misses.pieces() ?? [])].join('')).toBe(
      'as_of,group,isp,outcome,severity,order_by_date,critical_date,critical_date_upper,lead_time_days,window_end,actual_crossing,already_critical,error_days,error_days_upper\n',
    );
    expect(summary.misses).toEqual([]);
  });
});
