import type { TrafficSample } from '../../helpers/lake.ts';
import { DT, dayStamps, GBPS } from '../../helpers/rollup-fixture.ts';

/**
 * A day of a link's samples every `stepSeconds`, from midnight and
 * `lateMinutes` after, each `value(i)` (Gbps).
 */
export function polled(
  linkId: string,
  stepSeconds: number,
  value: (i: number) => number,
  lateMinutes = 0,
): TrafficSample[] {
  return dayStamps(DT, 86_400 / stepSeconds, stepSeconds).map((ts, i) => ({
    ts: new Date(Date.parse(ts) + lateMinutes * 60_000).toISOString(),
    linkId,
    outBps: value(i) * GBPS,
    capacityBps: 100 * GBPS,
  }));
}
