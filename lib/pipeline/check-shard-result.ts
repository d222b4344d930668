import { StoreError } from '#lib/errors';
import { accuracyTallyProblem } from './check-accuracy-tally.ts';
import { runKeys } from './run-files.ts';
import type { ShardResult } from './shard-result.ts';

/**
 * Checks that a shard's `result.json` is this run's and this shard's,
 * holds as many evaluations as the shard wrote it with, and holds its
 * accuracy as a tally (sums per series and horizon, the chart's rows): a
 * file replaced by another run's or another shard's, or short of rows,
 * would otherwise publish a report with other or fewer evaluations (and
 * alerts) without a word, and one written by a Headroom that sent
 * accuracy rows would fail later on a missing field, not naming the file.
 *
 * @param result - the parsed file
 * @param runId - the run publish merges
 * @param shard - the shard it was read for
 * @throws StoreError naming the file and what does not match
 * @example
 * checkShardResult(result, '2026-11-26T060000', 's0001');
 */
export function checkShardResult(
  result: Pick<
    ShardResult,
    'runId' | 'shard' | 'series' | 'evaluations' | 'accuracy'
  >,
  runId: string,
  shard: string,
): void {
  const file = runKeys(runId).result(shard);
  const problem =
    result.runId !== runId || result.shard !== shard
      ? `is run ${result.runId}'s shard ${result.shard}, not run ${runId}'s ` +
        `shard ${shard}`
      : result.evaluations.length !== result.series
        ? `holds ${result.evaluations.length} evaluations where the shard ` +
          `wrote ${result.series}`
        : undefined;
  if (problem !== undefined) {
    throw new StoreError(
      `${file} ${problem}: it was replaced or edited after the shard ran; ` +
        'run again',
    );
  }
  const accuracy = accuracyTallyProblem(result.accuracy as unknown);
  if (accuracy !== undefined) throw new StoreError(`${file} ${accuracy}`);
}
