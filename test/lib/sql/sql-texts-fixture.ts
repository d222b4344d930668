import { unloadSql } from '#lib/adapters/aws/athena-partition-writer';
import { unloadPartitionedSql } from '#lib/adapters/aws/athena-unload';
import {
  backtestSeriesSql,
  INVENTORY_GROUPS_SQL,
} from '#lib/sql/backtest-input';
import { rollupQualitySql } from '#lib/sql/rollup-quality';
import { rollupSeriesSql } from '#lib/sql/rollup-series';
import { rollupStageSql } from '#lib/sql/rollup-stage';
import { selectOversizedLinksSql } from '#lib/sql/select-oversized-links';
import { selectQualityTotalsSql } from '#lib/sql/select-quality-totals';
import {
  selectQualitySql,
  selectRolledUpBeforeSql,
  selectRolledUpDaysSql,
  selectSeenLinksSql,
  selectSeriesSql,
  selectSetAsideLinksSql,
} from '#lib/sql/select-series';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';
import { seriesPerIspSql, shardSeriesSql } from '#lib/sql/shard-input';

/** A year of series. */
export const WINDOW = { from: '2025-01-01', to: '2026-01-01' };
const STAGE = rollupStageSql(['2026-01-01', '2026-01-02'], {
  spikeFactor: 1.5,
});
const SHARDS = [
  { shard: 's0001', firstIsp: 'Acme' },
  { shard: 's0002', firstIsp: "O'Hare", firstGroup: "O'Hare/ORD1/pni" },
];
/**
 * Each SQL text Athena runs, by its function's (or constant's) name: a
 * name of its own for a second text of one function. `athena-sql-list`
 * finds every exported SQL text of lib/sql and lib/adapters/aws, so one
 * left out of this list fails a test.
 */
export const TEXTS = {
  rollupStageSql: STAGE,
  rollupSeriesSql: rollupSeriesSql(),
  rollupQualitySql: rollupQualitySql(),
  selectSeriesSql: selectSeriesSql(WINDOW),
  selectSeriesKeysSql: selectSeriesKeysSql({
    ...WINDOW,
    level: 'group',
    keys: ['Acme/LHR1/pni', "O'Hare/ORD1/pni"],
  }),
  selectQualitySql: selectQualitySql(WINDOW),
  selectQualityTotalsSql: selectQualityTotalsSql(WINDOW),
  selectSeenLinksSql: selectSeenLinksSql(WINDOW),
  selectSetAsideLinksSql: selectSetAsideLinksSql(WINDOW),
  selectRolledUpDaysSql: selectRolledUpDaysSql(WINDOW),
  selectRolledUpBeforeSql: selectRolledUpBeforeSql(WINDOW.from),
  selectOversizedLinksSql: selectOversizedLinksSql(WINDOW, 0.01, 90),
  seriesPerIspSql: seriesPerIspSql(WINDOW),
  shardSeriesSql: shardSeriesSql(WINDOW, SHARDS),
  INVENTORY_GROUPS_SQL,
  backtestSeriesSql: backtestSeriesSql(WINDOW, [
    { batch: 'b0001', firstGroup: 'Acme/LHR1/pni' },
    { batch: 'b0002', firstGroup: "O'Hare/ORD1/pni" },
  ]),
  backtestSeriesSqlRegrouped: backtestSeriesSql(
    WINDOW,
    [{ batch: 'b0001', firstGroup: 'Acme/LHR1/pni' }],
    [
      { linkId: 'a2', group: 'Acme/LHR1/pni' },
      { linkId: "o'1", group: "O'Hare/ORD1/pni" },
    ],
  ),
  unloadSql: unloadSql(
    STAGE,
    { table: 'series_daily', select: rollupSeriesSql() },
    's3://lake/rollup-staging/series_daily/x/',
  ),
  unloadPartitionedSql: unloadPartitionedSql(
    shardSeriesSql(WINDOW, SHARDS),
    'lake',
    { prefix: 'runs/r1/series', partitionBy: 'shard' },
  ),
};
