import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import type { InventoryLink } from '#lib/domain/inventory';
import type { DailySeries } from '#lib/domain/series';
import type { SeriesLevel } from '#lib/domain/vocabulary';
import { evaluateAll } from '#lib/pipeline/evaluate-all';
import { modelSeries, seriesId } from '#lib/pipeline/model-series';
import type { CatalogEntry } from '#lib/pipeline/series-catalog';
import { renderGroupBlock } from '#lib/report/email-group-block';
import { mulberry32, normal } from '#lib/sample/prng';

const N = 200;
const START = '2026-01-01';
const AS_OF = addDays(START, N);
const GROUP = 'Acme/LHR1/pni';
const config = { ...DEFAULT_CONFIG, horizonDays: 120 };
const link = (linkId: string): InventoryLink => ({
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
const LINKS = [link('a'), link('b')];
const WEEK = [1, 1.04, 1.06, 1.05, 1.02, 0.9, 0.88];

/**
 * Two links at 40 Gbps; on the last 7 days `moved` bps go from b to a
 * (or, with `inflow`, arrive on both from another site).
 */
function bundle(moved: number, inflow = false) {
  const rng = mulberry32(3);
  const noise = () => Array.from({ length: N }, () => 0.6e9 * normal(rng));
  const [ea, eb] = [noise(), noise()];
  const base = (t: number) => 40e9 * (1 + (0.2 * t) / 365) * WEEK[t % 7]!;
  const shift = (t: number) => (t >= N - 7 ? moved : 0);
  return {
    a: Array.from({ length: N }, (_, t) => base(t) + shift(t) + ea[t]!),
    b: Array.from(
      { length: N },
      (_, t) => base(t) + (inflow ? 1 : -1) * shift(t) + eb[t]!,
    ),
  };
}

function run(moved: number, inflow = false) {
  const { a, b } = bundle(moved, inflow);
  const series = (level: SeriesLevel, key: string, values: number[]) => {
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
      lastDay: addDays(START, N - 1),
      observedDays: N,
      inventoryCapacityBps: level === 'link' ? 100e9 : 200e9,
    };
    return { history, entry };
  };
  const all = [
    series('link', 'a', a),
    series('link', 'b', b),
    series(
      'group',
      GROUP,
      a.map((v, t) => v + b[t]!),
    ),
  ];
  const histories = new Map(all.map((s) => [seriesId(s.history), s.history]));
  const { modelled } = modelSeries(
    all.map((s) => s.entry),
    histories,
    AS_OF,
    config,
  );
  const inventory = { links: LINKS, augments: [] };
  return evaluateAll(modelled, inventory, AS_OF, config);
}

describe('a move of traffic between the links of a bundle', () => {
  const moved = run(20e9);
  const still = run(0);
  const at = (r: typeof moved, key: string) =>
    r.evaluations.find((e) => e.key === key)!;
  const groupForecast = (r: typeof moved) =>
    r.modelled.find((m) => m.entry.level === 'group')!.forecast;

  it('records the opposite link steps as a move inside the bundle', () => {
    expect(at(moved, 'a').step).toMatchObject({
      direction: 'up',
      followed: true,
      withinBundle: true,
    });
    expect(at(moved, 'b').step).toMatchObject({
      direction: 'down',
      withinBundle: true,
    });
  });

  it('leaves the group forecast and its alert as they were', () => {
    expect(at(moved, GROUP).step).toBeUndefined();
    expect(groupForecast(moved)).toEqual(groupForecast(still));
    const { step: _, ...group } = at(moved, GROUP);
    expect(group).toEqual(at(still, GROUP));
  });

  it('names no step in the bundle paragraph of the email', () => {
    const text = renderGroupBlock(at(moved, GROUP), 1, AS_OF, 80);
    expect(text).not.toMatch(/stepped/);
  });

  it('follows a step of the group itself (traffic moved in from another site)', () => {
    const inflow = run(20e9, true);
    expect(at(inflow, GROUP).step).toMatchObject({
      direction: 'up',
      followed: true,
    });
    expect(at(inflow, 'a').step?.withinBundle).toBeUndefined();
    const mean = groupForecast(inflow).mean.slice(0, 14);
    const before = groupForecast(still).mean.slice(0, 14);
    mean.forEach((m, i) => {
      expect(m / before[i]!).toBeGreaterThan(1.35);
    });
  });

  it('names a step of the group itself in the bundle paragraph', () => {
    const group = {
      ...at(moved, GROUP),
      step: {
        date: '2026-07-13',
        days: 7,
        changePct: 70.2,
        direction: 'up' as const,
        followed: true,
      },
    };
    const text = renderGroupBlock(group, 1, AS_OF, 80);
    expect(text).toMatch(/Traffic: +traffic stepped \+70 % on 2026-07-13/);
  });
});
