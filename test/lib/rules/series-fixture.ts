import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { InventoryLink } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesInput } from '#lib/rules/types';

/** One gigabit per second. */
export const G = 1e9;

/** A 100 Gbps PNI of Acme at LHR1 (lead time 90 days). */
export const LINK_A: InventoryLink = {
  linkId: 'lhr1-acme-pni-1',
  isp: 'Acme',
  asn: 64500,
  site: 'LHR1',
  region: 'EMEA',
  linkType: 'pni',
  capacityBps: 100 * G,
  group: 'Acme/LHR1/pni',
  portBps: 100 * G,
  leadTimeDays: 90,
  owner: 'emea-peering',
  line: 2,
};

/** Its sibling in the same bundle. */
export const LINK_B: InventoryLink = {
  ...LINK_A,
  linkId: 'lhr1-acme-pni-2',
  line: 3,
};

/**
 * A linear forecast: mean = start + slope × day (in Gbps), upper/lower 80
 * = mean ± spread, over `days` days.
 */
export function linearForecast(
  start: number,
  slope: number,
  spread: number,
  days = 365,
): SeriesForecast {
  const mean = Array.from({ length: days }, (_, i) => (start + slope * i) * G);
  return {
    model: 'test-linear',
    mean,
    lower: { 80: mean.map((v) => v - spread * G) },
    upper: { 80: mean.map((v) => v + spread * G) },
    cleaned: [],
    warnings: [],
  };
}

/** 30 days of history ending the day before 2026-01-01; last peak 95 G. */
export const HISTORY: DailySeries = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  start: '2025-12-02',
  values: [
    ...new Array<number>(23).fill(80 * G),
    90 * G,
    95 * G,
    92 * G,
    80 * G,
    70 * G,
    93 * G,
    94 * G,
  ],
  capacity: new Array<number>(30).fill(200 * G),
};

/**
 * The reference group: two 100 G links (200 G), mean 100 G growing
 * 0.2 G a day, upper bound +20 G, as of 2026-01-01, default config.
 */
export const BASE_INPUT: SeriesInput = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  links: [LINK_A, LINK_B],
  augments: [],
  history: HISTORY,
  forecast: linearForecast(100, 0.2, 20),
  asOf: '2026-01-01',
  config: DEFAULT_CONFIG,
};

/**
 * A planned augment of the reference group's bundle landing `day` days
 * after 2026-01-01 (its as-of date), of `addedBps` (100 G by default),
 * referenced `reference` (`CHG-<day>` by default).
 */
export const augmentOn = (
  day: number,
  addedBps = 100 * G,
  reference = `CHG-${day}`,
) => ({
  group: 'Acme/LHR1/pni',
  inServiceDate: addDays('2026-01-01', day),
  addedBps,
  reference,
});
