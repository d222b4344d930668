import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink, PlannedAugment } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import { evaluateAll } from '#lib/pipeline/evaluate-all';
import { modelSeries, seriesId } from '#lib/pipeline/model-series';
import type { CatalogEntry } from '#lib/pipeline/series-catalog';
import type { Scenario } from '#lib/rules/scenario';
import { mulberry32, normal } from '#lib/sample/prng';

const N = 200;
const START = '2026-01-01';
/** The run's date: the day after the last of the history. */
export const AS_OF = addDays(START, N);
/** The bundle's group key. */
export const GROUP = 'Acme/LHR1/pni';
const config = { ...DEFAULT_CONFIG, horizonDays: 120 };
/** A 100 G PNI link of Acme at LHR1, in the bundle `GROUP`. */
export const acmeLink = (linkId: string): InventoryLink => ({
  linkId,
  isp: 'Acme',
  asn: 64500,
  site: 'LHR1',
  region: 'EMEA',
  linkType: 'pni',
  capacityBps: 100e9,
  group: GROUP,
  portBps: 100e9,
  leadTimeDays: 90,
  owner: 'peering',
  line: 2,
});
const LINKS = [acmeLink('a'), acmeLink('b')];
const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];

/** A change of a link's traffic: `bps` added on its last `days` days. */
export interface LinkShift {
  readonly bps: number;
  readonly days: number;
}

const NONE: LinkShift = { bps: 0, days: 0 };

/**
 * Two links a and b at 40 Gbps in one group, each with its own shift at
 * the end, forecast and evaluated as a run does (links and group).
 *
 * @param a - the shift of link a
 * @param b - the shift of link b
 * @param seed - the noise's seed
 * @param augments - the group's planned augments
 * @param scenario - a what-if to evaluate under, if any
 * @returns the run's evaluations and modelled series
 * @example
 * runBundle({ bps: 20e9, days: 7 }, { bps: -20e9, days: 7 });
 */
export function runBundle(
  a: LinkShift = NONE,
  b: LinkShift = NONE,
  seed = 3,
  augments: readonly PlannedAugment[] = [],
  scenario?: Scenario,
) {
  const rng = mulberry32(seed);
  const base = (t: number) => 40e9 * (1 + (0.2 * t) / 365) * WEEK[t % 7]!;
  const values = (s: LinkShift) =>
    Array.from(
      { length: N },
      (_, t) => base(t) + (t >= N - s.days ? s.bps : 0) + 0.6e9 * normal(rng),
    );
  return evaluateBundle(values(a), values(b), augments, scenario);
}

/**
 * Links a and b with these daily peaks from `START`, in one group,
 * forecast and evaluated as a run does the day after the last.
 *
 * @example
 * evaluateBundle([60e9, 62e9, 61e9], [60e9, 61e9, 63e9]);
 */
export function evaluateBundle(
  va: readonly number[],
  vb: readonly number[],
  augments: readonly PlannedAugment[] = [],
  scenario?: Scenario,
) {
  const n = va.length;
  const asOf = addDays(START, n);
  const all = [
    series('link', 'a', va),
    series('link', 'b', vb),
    series(
      'group',
      GROUP,
      va.map((v, t) => v + vb[t]!),
    ),
  ];
  const histories = new Map(all.map((s) => [seriesId(s.history), s.history]));
  const { modelled } = modelSeries(
    all.map((s) => s.entry),
    histories,
    asOf,
    config,
  );
  return evaluateAll(
    modelled,
    { links: LINKS, augments },
    asOf,
    config,
    scenario,
  );
}

function series(level: SeriesLevel, key: string, values: readonly number[]) {
  const n = values.length;
  const history: DailySeries = {
    level,
    key,
    start: START,
    values,
    capacity: values.map(() => Number.NaN),
  };
  const entry: CatalogEntry = {
    level,
    key,
    links: level === 'link' ? LINKS.filter((l) => l.linkId === key) : LINKS,
    lastDay: addDays(START, n - 1),
    observedDays: n,
    inventoryCapacityBps: level === 'link' ? 100e9 : 200e9,
  };
  return { history, entry };
}
