import {
  IFSPEED_CEILING_BPS,
  MAX_CAPACITY_BPS,
  MIN_CAPACITY_BPS,
} from '#lib/domain/inventory';

/**
 * A raw row's capacity when links.csv would take it (1 Mbps to 50 Tbps,
 * not SNMP `ifSpeed`'s ceiling), else NULL (Trino dialect, on the traffic
 * row `t`): a glitch of 1e18 bps became its link's, group's and ISP's
 * capacity that day (charts' axes ran to 1,000,000 Tbps, a backtest judged
 * with it), `100` (Gbps in a bps column) set all the link's samples aside,
 * and so did `ifSpeed`'s 4294967295 every sample above 6.4 Gbps of a
 * faster link: the run said no group needed an augment.
 */
export const ROW_CAPACITY = `CASE WHEN is_finite(t.capacity_bps) AND t.capacity_bps
      BETWEEN ${MIN_CAPACITY_BPS} AND ${MAX_CAPACITY_BPS}
      AND t.capacity_bps <> ${IFSPEED_CEILING_BPS} THEN t.capacity_bps END`;

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
