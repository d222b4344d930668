import type { Inventory, InventoryLink } from '#lib/domain/inventory';

/** One shard of a run, as `shards.json` lists it. */
export interface ShardListItem {
  readonly shard: string;
  readonly series: number;
}

/** A shard and the first ISP of its range (ISPs in code point order). */
export interface ShardSpec extends ShardListItem {
  readonly firstIsp: string;
}

/**
 * Compares texts by code point (UTF-8 byte) order, the order Trino and
 * DuckDB use for `<` on varchar, so that the shard ranges chosen here mean
 * the same in SQL.
 *
 * @example
 * ['b', 'a'].sort(compareCodePoints); // ['a', 'b']
 */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * Packs ISPs, in code point order, into shards of at most `maxSeries`
 * series (docs/architecture.md "Stages"): an ISP's series stay together so
 * that its group and ISP evaluation and its page are made in one shard; an
 * ISP with more series than `maxSeries` gets a shard of its own.
 *
 * @param sizes - series per ISP
 * @param maxSeries - the bound (config `shards.maxSeries`)
 * @returns shards `s0001`, `s0002`, … with their first ISP
 * @example
 * chooseShards([{ isp: 'A', series: 3 }, { isp: 'B', series: 2 }], 4);
 * // [{ shard: 's0001', series: 3, firstIsp: 'A' },
 * //  { shard: 's0002', series: 2, firstIsp: 'B' }]
 */
export function chooseShards(
  sizes: readonly { readonly isp: string; readonly series: number }[],
  maxSeries: number,
): ShardSpec[] {
  const sorted = [...sizes].sort((a, b) => compareCodePoints(a.isp, b.isp));
  const shards: { series: number; firstIsp: string }[] = [];
  for (const { isp, series } of sorted) {
    const current = shards.at(-1);
    if (current && current.series + series <= maxSeries) {
      current.series += series;
    } else {
      shards.push({ series, firstIsp: isp });
    }
  }
  return shards.map((s, i) => ({
    shard: `s${String(i + 1).padStart(4, '0')}`,
    ...s,
  }));
}

/**
 * The shard of an ISP: the last shard whose first ISP is not after it.
 *
 * @param shards - shards in ISP order
 * @param isp - the ISP's name
 * @returns the shard's name
 * @example
 * shardOfIsp(shards, 'Acme'); // 's0001'
 */
export function shardOfIsp(shards: readonly ShardSpec[], isp: string): string {
  let found = shards[0]?.shard ?? 's0001';
  for (const s of shards) {
    if (compareCodePoints(s.firstIsp, isp) > 0) break;
    found = s.shard;
  }
  return found;
}

/**
 * Splits the inventory by shard: a shard gets the links of its ISPs and of
 * any group it holds (a group goes with its smallest ISP name), and the
 * planned augments of those groups. Links keep their links.csv order.
 *
 * @param inventory - the validated inventory
 * @param shards - the run's shards
 * @returns each shard's inventory
 * @example
 * splitInventory(inventory, shards).get('s0001')?.links.length;
 */
export function splitInventory(
  inventory: Inventory,
  shards: readonly ShardSpec[],
): Map<string, Inventory> {
  const groupIsp = new Map<string, string>();
  for (const { group, isp } of inventory.links) {
    const seen = groupIsp.get(group);
    if (seen === undefined || compareCodePoints(isp, seen) < 0) {
      groupIsp.set(group, isp);
    }
  }
  const parts = new Map(shards.map((s) => [s.shard, [] as InventoryLink[]]));
  for (const link of inventory.links) {
    const own = shardOfIsp(shards, link.isp);
    const viaGroup = shardOfIsp(shards, groupIsp.get(link.group)!);
    for (const shard of new Set([own, viaGroup])) parts.get(shard)?.push(link);
  }
  return new Map(
    [...parts.entries()].map(([shard, links]) => {
      const groups = new Set(links.map((link) => link.group));
      const augments = inventory.augments.filter((a) => groups.has(a.group));
      return [shard, { links, augments }];
    }),
  );
}
