import { backtestSeriesSql } from '#lib/sql/backtest-input';
import { rollupQualitySql } from '#lib/sql/rollup-quality';
import { rollupSeriesSql } from '#lib/sql/rollup-series';
import { rollupStageSql } from '#lib/sql/rollup-stage';
import {
  selectQualitySql,
  selectRolledUpBeforeSql,
  selectRolledUpDaysSql,
  selectSeenLinksSql,
  selectSeriesSql,
} from '#lib/sql/select-series';

/** A year of series. */
export const WINDOW = { from: '2025-01-01', to: '2026-01-01' };
/** Each SQL text of the rollup and the loads, by its function's name. */
export const TEXTS = {
  rollupStageSql: rollupStageSql(['2026-01-01', '2026-01-02'], {
    spikeFactor: 1.5,
  }),
  rollupSeriesSql: rollupSeriesSql(),
  rollupQualitySql: rollupQualitySql(),
  selectSeriesSql: selectSeriesSql(WINDOW),
  selectQualitySql: selectQualitySql(WINDOW),
  selectSeenLinksSql: selectSeenLinksSql(WINDOW),
  selectRolledUpDaysSql: selectRolledUpDaysSql(WINDOW),
  selectRolledUpBeforeSql: selectRolledUpBeforeSql(WINDOW.from),
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
};
