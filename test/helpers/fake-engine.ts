import type {
  PartitionListing,
  PartitionWrite,
  QueryEngine,
} from '#lib/ports/query-engine';

/**
 * A `QueryEngine` over a fixed list of traffic days (10 bytes each, no
 * rollup yet) that records its calls: `fail` decides each write, which
 * otherwise succeeds. `statements` counts what Athena would run: each
 * query, and one UNLOAD per output of each write.
 *
 * @example
 * const { engine, writes } = fakeEngine(['2026-01-01'], () => undefined);
 */
export function fakeEngine(
  traffic: readonly string[],
  fail: (days: readonly string[]) => Error | undefined,
) {
  const writes: string[][] = [];
  const counted = { statements: 0 };
  const listing = (dt: string): PartitionListing => ({
    dt,
    files: [{ name: 'a.parquet', bytes: 10 }],
  });
  const engine: QueryEngine = {
    async query() {
      counted.statements += 1;
      return [];
    },
    async *queryPages() {
      counted.statements += 1;
      yield* [];
    },
    async writePartitions(request: PartitionWrite) {
      counted.statements += request.outputs.length;
      const error = fail(request.days);
      if (error) throw error;
      writes.push([...request.days]);
      return {};
    },
    async listPartitions() {
      return [...traffic];
    },
    async unload() {},
    async readUnloaded() {
      return [];
    },
    async describeUnloaded() {
      return [];
    },
    async removeUnloaded() {},
    async describePartitions(table) {
      return table === 'traffic' ? traffic.map(listing) : [];
    },
    async checkTraffic() {
      return [];
    },
    async writeInventory() {},
    async close() {},
  };
  return { engine, writes, counted };
}
