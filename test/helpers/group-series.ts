import type { ModelledSeries } from '#lib/pipeline/model-series';

/**
 * A modelled group of 8 Gbps a day whose traffic reported `capacity(day)`,
 * judged on `inventoryCapacityBps` (links.csv's): what the capacity
 * checks of `evaluateAll` read (`augmentsInLinks`, `capacityBeyondLinks`).
 *
 * @example
 * groupReporting({ start: '2026-01-01', days: 60,
 *   inventoryCapacityBps: 10e9, capacity: () => 100e9 });
 */
export function groupReporting(g: {
  readonly start: string;
  readonly days: number;
  readonly inventoryCapacityBps: number;
  readonly capacity: (day: number) => number;
}): ModelledSeries {
  const key = 'Acme/LHR1/pni';
  const each = <T>(f: (day: number) => T) =>
    Array.from({ length: g.days }, (_, day) => f(day));
  return {
    entry: {
      level: 'group',
      key,
      links: [],
      lastDay: g.start,
      observedDays: g.days,
      inventoryCapacityBps: g.inventoryCapacityBps,
    },
    history: {
      level: 'group',
      key,
      start: g.start,
      values: each(() => 8e9),
      capacity: each(g.capacity),
      samples: each(() => 288),
    },
    forecast: {
      model: '',
      mean: [],
      lower: {},
      upper: {},
      cleaned: [],
      warnings: [],
    },
  };
}
