import type { ShardResult } from '#lib/pipeline/shard-result';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';
import { ACME_30_SUMS } from '../../fixtures/report/accuracy-sums.ts';

/** The run of the shard results. */
export const RUN = '2026-11-26T060000';

/** The result file of shard s0001. */
export const FILE = `runs/${RUN}/shards/s0001/result.json`;

/** Acme's accuracy sums at 30 days: 2 compared, 1 inside, 1 above. */
export const sums = { ...ACME_30_SUMS, key: 'Acme', isp: 'Acme' };

/** A chart row of Acme. */
export const chartRow: AccuracyRow = {
  ...ACCURACY_ROW,
  key: 'Acme',
  isp: 'Acme',
};

/** A shard result of no series whose accuracy tally is `accuracy`. */
export const result = (accuracy: unknown) =>
  ({
    runId: RUN,
    shard: 's0001',
    series: 0,
    evaluations: [],
    accuracy,
  }) as unknown as ShardResult;
