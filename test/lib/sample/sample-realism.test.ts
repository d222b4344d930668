import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { buildPlan } from '#lib/sample/build-plan';
import { generateSample } from '#lib/sample/index';
import { links, query, traffic } from './sample-fixture.ts';

const OPTIONS = { links: 30, days: 30, seed: 3, end: '2026-06-30' };
const plan = buildPlan({ ...OPTIONS, lastDay: OPTIONS.end });
let root: string;
let dir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-sample-'));
  dir = join(root, 'm');
  await generateSample({ ...OPTIONS, out: dir });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Clean group sums per sample time: no spikes, NaN, negatives or duplicates. */
const groupSums = (where: string) => `
  WITH clean AS (
    SELECT DISTINCT t.ts, t.link_id, t.out_bps, l.g
    FROM ${traffic(dir)} t JOIN ${links(dir)} l USING (link_id)
    WHERE isfinite(t.out_bps) AND t.out_bps BETWEEN 0 AND t.capacity_bps
      AND ${where})
  SELECT g, ts, sum(out_bps) AS s FROM clean GROUP BY g, ts`;

describe('sample realism', () => {
  it('moves a downed link’s traffic to the rest of its group', async () => {
    // Prepare: the forced six-hour outage (17:00–23:00 UTC, day 12)
    const group = plan.groups.find(
      (g) => g.links.length > 1 && g.demand.outcome === 'fine',
    )!;
    const day = addDays(plan.firstDay, 12);
    const window = (d: string) =>
      `ts > TIMESTAMP '${d} 17:00:00' AND ts <= TIMESTAMP '${d} 22:55:00'`;
    const down = group.links[0]!.linkId;
    // Act
    const [outage] = await query(`SELECT max(out_bps) AS most,
        count(*)::INT AS n FROM ${traffic(dir)}
        WHERE link_id = '${down}' AND ${window(day)}`);
    const sums = await query(`SELECT ts::DATE::VARCHAR AS d, avg(s) AS mean
      FROM (${groupSums(`l.g = '${group.name}'`)})
      WHERE ${window(day)} OR ${window(addDays(day, -1))}
        OR ${window(addDays(day, 1))}
      GROUP BY d ORDER BY d`);
    // Assess
    expect(outage).toEqual({ most: 0, n: expect.any(Number) });
    expect(outage!.n).toBeGreaterThan(50);
    const [before, during, after] = sums.map((s) => s.mean as number);
    const normal = (before! + after!) / 2;
    expect(during! / normal).toBeGreaterThan(0.85);
    expect(during! / normal).toBeLessThan(1.15);
  });

  it('ends with the designed spread of utilization', async () => {
    // Prepare
    const lastWeek = `t.ts >= TIMESTAMP '${addDays(plan.lastDay, -6)}'`;
    // Act
    const peaks = await query(`WITH sums AS (${groupSums(lastWeek)}),
        daily AS (SELECT g, ts::DATE AS d, quantile_cont(s, 0.95) AS p
          FROM sums GROUP BY g, d),
        capacity AS (SELECT g, sum(capacity_bps::DOUBLE) AS c
          FROM ${links(dir)} GROUP BY g)
      SELECT g, avg(p) / any_value(c) AS u
      FROM daily JOIN capacity USING (g) GROUP BY g`);
    const utilization = new Map(peaks.map((p) => [p.g, p.u as number]));
    const listed = plan.groups.filter((g) => g.listed);
    // Assess
    expect(utilization.size).toBe(listed.length);
    for (const group of listed) {
      const u = utilization.get(group.name)!;
      const designed = group.demand.endUtilization;
      expect(u / designed).toBeGreaterThan(0.9);
      expect(u / designed).toBeLessThan(1.15);
    }
    const values = [...utilization.values()];
    expect(values.filter((u) => u < 0.5).length).toBeGreaterThan(
      values.length / 2,
    );
    expect(values.filter((u) => u > 0.7).length).toBeGreaterThanOrEqual(2);
  });

  it("steps an upgraded link's capacity up in traffic and inventory", async () => {
    // Prepare
    const group = plan.groups.find((g) => g.demand.upgradeDay !== undefined)!;
    const link = group.links[0]!;
    const upgrade = addDays(plan.firstDay, link.upgradeDay);
    // Act
    const steps = await query(`SELECT dt >= DATE '${upgrade}' AS after,
        min(capacity_bps) AS low, max(capacity_bps) AS high
      FROM ${traffic(dir)} WHERE link_id = '${link.linkId}'
      GROUP BY ALL ORDER BY after`);
    const [listed] = await query(`SELECT capacity_bps::DOUBLE AS c
      FROM ${links(dir)} WHERE link_id = '${link.linkId}'`);
    // Assess
    expect(steps).toEqual([
      {
        after: false,
        low: link.capacityBeforeBps,
        high: link.capacityBeforeBps,
      },
      {
        after: true,
        low: 2 * link.capacityBeforeBps,
        high: 2 * link.capacityBeforeBps,
      },
    ]);
    expect(listed!.c).toBe(2 * link.capacityBeforeBps);
  });
});
