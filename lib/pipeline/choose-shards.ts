import { compareUtf8 } from '#lib/domain/code-point-order';

/** One shard of a run, as `shards.json` lists it. */
export interface ShardListItem {
  readonly shard: string;
  readonly series: number;
}

/**
 * A shard and where its range starts: an ISP, and for the second and
 * later parts of an ISP split by group, the first group of the part.
 */
export interface ShardSpec extends ShardListItem {
  readonly firstIsp: string;
  readonly firstGroup?: string;
}

/**
 * Series with data per ISP and group: `group` is the group of a link or
 * group series, '' (or absent) for the ISP-level series.
 */
export interface SeriesCount {
  readonly isp: string;
  readonly group?: string;
  readonly series: number;
}

/**
 * Packs ISPs, in code point order, into shards of at most `maxSeries`
 * series (docs/architecture.md "Choosing shards"): an ISP's series stay
 * together so that its group and ISP evaluation and its page are made in
 * one shard. An ISP with more series than the bound is split by group
 * into shards of its own: its groups in code point order, each with its
 * links, the ISP-level series in the first part. A single group larger
 * than the bound makes a part larger than the bound.
 *
 * @param counts - series per ISP and group
 * @param maxSeries - the bound (config `shards.maxSeries`)
 * @returns shards `s0001`, `s0002`, … with where each starts
 * @example
 * chooseShards([{ isp: 'A', series: 3 }, { isp: 'B', series: 2 }], 4);
 * // [{ shard: 's0001', series: 3, firstIsp: 'A' },
 * //  { shard: 's0002', series: 2, firstIsp: 'B' }]
 */
export function chooseShards(
  counts: readonly SeriesCount[],
  maxSeries: number,
): ShardSpec[] {
  const shards: { series: number; firstIsp: string; firstGroup?: string }[] =
    [];
  for (const unit of packingUnits(counts, maxSeries)) {
    const current = shards.at(-1);
    if (!unit.alone && current && current.series + unit.series <= maxSeries) {
      current.series += unit.series;
    } else {
      const { isp: firstIsp, group, series } = unit;
      shards.push({
        series,
        firstIsp,
        ...(group ? { firstGroup: group } : {}),
      });
    }
  }
  return shards.map((s, i) => ({
    shard: `s${String(i + 1).padStart(4, '0')}`,
    ...s,
  }));
}

/** Whole ISPs, or the groups of an ISP over the bound (first part alone). */
function packingUnits(counts: readonly SeriesCount[], maxSeries: number) {
  const byIsp = new Map<string, Map<string, number>>();
  for (const { isp, group = '', series } of counts) {
    const groups = byIsp.get(isp) ?? new Map<string, number>();
    groups.set(group, (groups.get(group) ?? 0) + series);
    byIsp.set(isp, groups);
  }
  const isps = [...byIsp.keys()].sort(compareUtf8);
  return isps.flatMap((isp) => {
    const groups = byIsp.get(isp)!;
    const total = [...groups.values()].reduce((n, s) => n + s, 0);
    if (total <= maxSeries || groups.size === 1) {
      return [{ isp, group: '', series: total, alone: false }];
    }
    const names = [...groups.keys()].sort(compareUtf8);
    // The first part starts at the ISP itself, so that the ISP-level
    // series and the ISP's whole range before its second part are in it.
    return names.map((group, i) => ({
      isp,
      group: i === 0 ? '' : group,
      series: groups.get(group)!,
      alone: i === 0,
    }));
  });
}

/**
 * The shard of a series: the last shard whose start is not after the
 * series' ISP and group ('' for the ISP-level series, which so goes to
 * its ISP's first shard).
 *
 * @param shards - shards in range order
 * @param isp - the ISP's name
 * @param group - the group's name, '' for the ISP-level series
 * @returns the shard's name
 * @example
 * shardOf(shards, 'Acme'); // 's0001'
 */
export function shardOf(
  shards: readonly ShardSpec[],
  isp: string,
  group = '',
): string {
  let found = shards[0]?.shard ?? 's0001';
  for (const s of shards) {
    const order =
      compareUtf8(s.firstIsp, isp) || compareUtf8(s.firstGroup ?? '', group);
    if (order > 0) break;
    found = s.shard;
  }
  return found;
}

/**
 * The ISPs split over several shards (their pages are made in publish).
 *
 * @param shards - the run's shards
 * @returns the ISPs, in range order
 * @example
 * splitIsps(shards); // ['Big ISP']
 */
export function splitIsps(shards: readonly ShardSpec[]): string[] {
  const split = shards.filter((s) => s.firstGroup !== undefined);
  return [...new Set(split.map((s) => s.firstIsp))];
}
