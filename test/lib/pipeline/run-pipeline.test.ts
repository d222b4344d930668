import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays, daysBetween } from '#lib/domain/dates';
import type { Evaluation } from '#lib/domain/evaluation';
import { runPipeline } from '#lib/pipeline/run-pipeline';
import { buildLocalDeps } from '#lib/wiring/local';
import {
  makeTempDir,
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';

// Three groups with exactly known linear growth (hourly samples, flat within
// a day so that the daily p95 is the day's level, ±0.5 % weekly ripple):
// - Acme/LHR1/pni: 3 × 100 G, 150 G + 0.5 G/day. Critical (85 % of 300 G =
//   255 G) is reached on day 210, i.e. 60 days after the as-of date (day
//   150). Its peak (≈ 225 G) exceeds two links (200 G): N-1 fails.
// - Beta/FRA1/ix and Gamma/FRA1/ix: 2 × 100 G, 100 G + 0.4 G/day, critical
//   on day 175 (25 days ahead, inside the 60-day lead time). Beta has
//   +200 G planned 10 days after the as-of date; Gamma has nothing planned.
const START = '2026-01-01';
const DAYS = 150;
const AS_OF = addDays(START, DAYS);
const GROUPS = [
  { isp: 'Acme', site: 'LHR1', type: 'pni', links: 3, base: 150, slope: 0.5 },
  { isp: 'Beta', site: 'FRA1', type: 'ix', links: 2, base: 100, slope: 0.4 },
  { isp: 'Gamma', site: 'FRA1', type: 'ix', links: 2, base: 100, slope: 0.4 },
];
const linkIds = (g: (typeof GROUPS)[number]) =>
  Array.from({ length: g.links }, (_, i) => `${g.site}-${g.isp}-${i + 1}`);

let root: string;
let evaluations: readonly Evaluation[];
const group = (key: string) =>
  evaluations.find((e) => e.level === 'group' && e.key === key)!;

beforeAll(async () => {
  root = await makeTempDir('pipeline');
  const lake = join(root, 'lake');
  const inventory = join(root, 'inventory');
  await writeLinksCsv(
    inventory,
    GROUPS.flatMap((g) =>
      linkIds(g).map((linkId) => ({
        linkId,
        isp: g.isp,
        site: g.site,
        linkType: g.type,
        capacityBps: 100e9,
      })),
    ),
  );
  await writeFile(
    join(inventory, 'augments.csv'),
    `group,in_service_date,added_bps,reference\nBeta/FRA1/ix,${addDays(AS_OF, 10)},200e9,CHG-1\n`,
  );
  for (let day = 0; day < DAYS; day += 1) {
    await writeTrafficDay(lake, addDays(START, day), samplesOf(day));
  }
  const deps = await buildLocalDeps({
    lake,
    inventory,
    out: join(root, 'out'),
    config: DEFAULT_CONFIG,
    quiet: true,
    clock: { now: () => new Date(`${AS_OF}T06:00:00Z`) },
  });
  try {
    ({ evaluations } = await runPipeline(deps, { asOf: AS_OF }));
  } finally {
    await deps.engine.close();
  }
}, 300_000);

afterAll(() => removeDir(root));

function samplesOf(day: number): TrafficSample[] {
  const date = addDays(START, day);
  return GROUPS.flatMap((g) => {
    const level = (g.base + g.slope * day) * 1e9 * (1 + 0.005 * Math.sin(day));
    return linkIds(g).flatMap((linkId) =>
      Array.from({ length: 24 }, (_, hour) => ({
        ts: `${hour === 23 ? addDays(date, 1) : date}T${String((hour + 1) % 24).padStart(2, '0')}:00:00Z`,
        linkId,
        outBps: level / g.links,
        capacityBps: 100e9,
      })),
    );
  });
}

describe('runPipeline on a lake with known growth', () => {
  it('dates the critical runout within a few days of the analytic one', () => {
    // Act
    const acme = group('Acme/LHR1/pni');

    // Assess
    const analytic = addDays(AS_OF, 60);
    expect(acme.criticalDate).toBeDefined();
    // The critical date comes from the upper bound, whose width is chosen
    // leave-one-family-out on real traffic (4 days off on this group).
    expect(
      Math.abs(daysBetween(analytic, acme.criticalDate!)),
    ).toBeLessThanOrEqual(5);
    expect(acme.utilization).toBeCloseTo((150 + 0.5 * 149) / 300, 1);
  });

  it('flags N-1 for a 3-link group whose peak exceeds two links', () => {
    // Assess
    expect(group('Acme/LHR1/pni').n1Ok).toBe(false);
  });

  it('keeps a group with an augment arriving before runout out of critical', () => {
    // Act
    const beta = group('Beta/FRA1/ix');
    const gamma = group('Gamma/FRA1/ix');

    // Assess
    expect(gamma.severity).toBe('critical');
    expect(beta.severity).not.toBe('critical');
    expect(beta.plannedAugments).toMatchObject([
      { reference: 'CHG-1', lateByDays: 0 },
    ]);
  });
});

describe('runPipeline on a first run', () => {
  it("gives the accuracy page the chosen models' backtest error, there being no past forecast", async () => {
    // Act
    const page = await readFile(
      join(root, 'out', 'reports', AS_OF, 'accuracy.html'),
      'utf8',
    );
    // Assess
    expect(page).toContain('No earlier forecasts can be checked yet');
    expect(page).toMatch(
      /chosen models(?:'|&#39;) own backtests \(rolling origins on each series(?:'|&#39;) history, \d+ series\): median MASE \d/,
    );
  });
});
