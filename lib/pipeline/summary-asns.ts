import type { IspSummary } from '#lib/domain/isp-summary';

/** An ISP summary as a shard from before `asns` wrote it: one `asn`. */
type OldSummary = Omit<IspSummary, 'asns'> & {
  readonly asns?: readonly number[];
  readonly asn?: number;
};

/**
 * A shard's ISP summary with its `asns`: a shard written before them (a
 * deployment landing between a run's shards and its publish) gave the
 * first line's `asn` alone, which is all that is known of that run
 * (docs/architecture.md "Shard format").
 *
 * @param summary - the summary as the shard's result holds it
 * @returns the summary with `asns`, and no `asn`
 * @example
 * withAsns({ ...summary, asn: 64602 }).asns; // [64602]
 */
export function withAsns(summary: OldSummary): IspSummary {
  const { asn, asns, ...rest } = summary;
  return { ...rest, asns: asns ?? (asn === undefined ? [] : [asn]) };
}
