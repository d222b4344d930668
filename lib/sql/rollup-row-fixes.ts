import {
  IFSPEED_CEILING_BPS,
  MAX_CAPACITY_BPS,
  MIN_CAPACITY_BPS,
} from '#lib/domain/capacity-bounds';
import { CAPACITY_RATIO_LIMIT } from '#lib/domain/capacity-ratio-limit';

/**
 * A raw row's capacity when links.csv would take it (1 Mbps to 50 Tbps,
 * not SNMP `ifSpeed`'s ceiling) and it is within `CAPACITY_RATIO_LIMIT`
 * of the inventory's (any, for a link the inventory lacks), else NULL
 * (Trino dialect, on the traffic row `t` and its `link_numbers` row `n`):
 * a glitch of 1e18 bps became its link's, group's and ISP's capacity that
 * day (charts' axes ran to 1,000,000 Tbps, a backtest judged with it),
 * `100` (Gbps in a bps column) set all the link's samples aside, and so
 * did `ifSpeed`'s 4294967295 every sample above 6.4 Gbps of a faster
 * link, and a kbps figure every sample: their groups left the run.
 */
export const ROW_CAPACITY = `CASE WHEN is_finite(t.capacity_bps) AND t.capacity_bps
      BETWEEN ${MIN_CAPACITY_BPS} AND ${MAX_CAPACITY_BPS}
      AND t.capacity_bps <> ${IFSPEED_CEILING_BPS}
      AND t.capacity_bps
        BETWEEN COALESCE(n.inv_capacity, t.capacity_bps) / ${CAPACITY_RATIO_LIMIT}
        AND COALESCE(n.inv_capacity, t.capacity_bps) * ${CAPACITY_RATIO_LIMIT}
      THEN t.capacity_bps END`;

/**
 * Whether a row carried a capacity that `ROW_CAPACITY` did not take (as
 * `t.cap`) for a link of the inventory (`t.inv_capacity`), whose capacity
 * it then has: counted
 * (`capacity_replaced`), so that a collector writing kbps is told, not
 * silently mended. A row with no capacity at all is not counted.
 */
export const CAPACITY_REPLACED = `t.capacity_bps IS NOT NULL
      AND t.inv_capacity IS NOT NULL AND t.cap IS NULL`;

/**
 * The capacity a raw row's traffic is checked against for spikes: the
 * larger of its capacity (`ROW_CAPACITY`, as `t.cap`) and the
 * inventory's (`t.inv_capacity`), either when the other is unknown. A sample is set
 * aside only when no capacity known for its link could carry it: a row's
 * capacity too low (a bundle's reported as one member's) or an outdated
 * links.csv set every sample of the link aside, and its group left the
 * run, where a day's p95 shrugs off the few glitches a higher limit lets
 * through; a counter glitch of 1e15 is above both. Written so that
 * Trino's `greatest` (NULL when an argument is) and DuckDB's (which skips
 * NULLs) agree.
 */
export const SPIKE_CAPACITY = `greatest(COALESCE(t.cap, t.inv_capacity),
        COALESCE(t.inv_capacity, t.cap))`;

/**
 * Whether a raw row's `ts` is off the minute (a poller answering at
 * 00:05:03). Every allowed sample interval is whole minutes.
 */
export const OFF_MINUTE = `t.ts <> date_trunc('minute', t.ts)`;

/**
 * A raw row's `ts` at the nearest minute, never past its own day (from
 * 23:59:30 it goes down to 23:59): a bundle's links are summed per sample
 * time, so a link whose poller answers a few seconds off the clock met
 * none of its siblings' samples and the bundle's peak read 40–75 % low
 * (docs/architecture.md "Rolling up"). Rows on the minute keep their `ts`.
 */
export const ALIGNED_TS = `CASE
      WHEN t.ts = date_trunc('minute', t.ts) THEN t.ts
      WHEN t.ts >= date_trunc('day', t.ts) + INTERVAL '86370' SECOND
        THEN date_trunc('minute', t.ts)
      ELSE date_trunc('minute', t.ts + INTERVAL '30' SECOND)
    END`;
