import { createHash } from 'node:crypto';
import type { InventoryLink } from '#lib/domain/inventory';
import type { PartitionWrite } from '#lib/ports/query-engine';
import { rollupQualitySql } from '#lib/sql/rollup-quality';
import { rollupSeriesSql } from '#lib/sql/rollup-series';
import { rollupStageSql } from '#lib/sql/rollup-stage';
import { scansOf } from '#lib/sql/scans';

/** Changes whenever the rollup SQL's output changes: old days re-roll. */
const ROLLUP_VERSION = 11;

/**
 * The partitioned write of one batch: the one pass over raw traffic,
 * then quality and series from it.
 *
 * @param days - the batch
 * @param tag - the markers' tag
 * @param spikeFactor - `dataQuality.spikeFactor`
 * @returns the write request
 * @example
 * await engine.writePartitions(rollupWrite(['2026-01-01'], tag, 1.5));
 */
export function rollupWrite(
  days: readonly string[],
  tag: string,
  spikeFactor: number,
): PartitionWrite {
  return {
    days,
    tag,
    stage: rollupStageSql(days, { spikeFactor }),
    outputs: [
      { table: 'quality_daily', select: rollupQualitySql() },
      { table: 'series_daily', select: rollupSeriesSql() },
    ],
  };
}

/**
 * The most times one query of a write reads the raw traffic on an engine
 * that runs the stage again at each reading of it (Athena: trinodb/trino#10,
 * docs/architecture.md "Rolling up"): the stage's reads times the
 * output's reads of `rollup_stamps`. A batch's raw bytes times this is
 * what its costliest query scans.
 *
 * @param write - the partitioned write
 * @returns reads of `traffic` by the costliest output (at least 1)
 * @example
 * trafficReads(rollupWrite(["2026-01-01"], tag, 1.5)); // 5
 */
export function trafficReads(write: PartitionWrite): number {
  const stage = scansOf(write.stage, 'traffic');
  const outputs = write.outputs.map((o) => scansOf(o.select, 'rollup_stamps'));
  return Math.max(1, stage * Math.max(...outputs));
}

/**
 * The markers' tag: the rollup's version, the spike factor and every
 * link's group and ISP, so that a regrouping shows as a tag change.
 *
 * @param links - the inventory's links
 * @param spikeFactor - `dataQuality.spikeFactor`
 * @returns a short hex digest
 * @example
 * rollupTag(inventory.links, 1.5); // 'a3f…'
 */
export function rollupTag(
  links: readonly InventoryLink[],
  spikeFactor: number,
): string {
  const lines = links.map((l) => `${l.linkId}\t${l.group}\t${l.isp}`).sort();
  return createHash('sha256')
    .update(`v${ROLLUP_VERSION}\n${spikeFactor}\n${lines.join('\n')}`)
    .digest('hex')
    .slice(0, 16);
}
