import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { withoutRetiredTraffic } from '#lib/pipeline/retired-traffic';
import { dailySeries, START } from './retired-traffic-fixture.ts';

const DAYS = 120;
const TAIL =
  ': forecast from the links left, their share taken out of the days before';

/** A retirement: the link's last day, and whether its traffic moved to c. */
type Retirement = { key: 'a' | 'b'; day: number; moved?: boolean };

/** Links a, b and c of 3 Gbps each; a retired one's traffic leaves or moves to c. */
function bundle(retirements: readonly Retirement[]) {
  const gbps = (key: string) => (d: number) => {
    if (key === 'c')
      return 3 + 3 * retirements.filter((r) => r.moved && d > r.day).length;
    const gone = retirements.some((r) => r.key === key && d > r.day);
    return gone ? Number.NaN : 3;
  };
  const sum = (d: number) =>
    ['a', 'b', 'c'].reduce((s, k) => s + (gbps(k)(d) || 0), 0);
  return {
    group: dailySeries('group', 'Acme/LHR1/pni', sum, DAYS),
    members: ['a', 'b', 'c'].map((k) => dailySeries('link', k, gbps(k), DAYS)),
    retiredOn: new Map(retirements.map((r) => [r.key, addDays(START, r.day)])),
  };
}

/** The share of day `d` of the bundle that is judged. */
function kept(retirements: readonly Retirement[], d: number) {
  const { group, members, retiredOn } = bundle(retirements);
  const judged = withoutRetiredTraffic(group, members, retiredOn);
  return judged!.values[d]! / group.values[d]!;
}

describe('withoutRetiredTraffic, several links retired', () => {
  it('takes out two links whose traffic left with them on one day', () => {
    // Prepare
    const retirements = [
      { key: 'a', day: 100 },
      { key: 'b', day: 100 },
    ] as const;
    const { group, members, retiredOn } = bundle(retirements);

    // Act
    const judged = withoutRetiredTraffic(group, members, retiredOn);

    // Assess: the days before read as c alone carried them (a third)
    expect(kept(retirements, 40)).toBeCloseTo(1 / 3, 2);
    expect(judged?.note).toBe(
      `a, b (retired on ${addDays(START, 100)}) took their traffic with them${TAIL}`,
    );
  });

  it('takes out two links gone weeks apart, each from the days before its own', () => {
    // Prepare
    const retirements = [
      { key: 'a', day: 60 },
      { key: 'b', day: 100 },
    ] as const;
    const { group, members, retiredOn } = bundle(retirements);

    // Act
    const judged = withoutRetiredTraffic(group, members, retiredOn);

    // Assess: c alone before a's day (a third), and between the days (half)
    expect(kept(retirements, 40)).toBeCloseTo(1 / 3, 2);
    expect(kept(retirements, 80)).toBeCloseTo(1 / 2, 2);
    expect(judged?.note).toBe(
      `a (retired on ${addDays(START, 60)}) took its traffic with it; ` +
        `b (retired on ${addDays(START, 100)}) took its traffic with it${TAIL}`,
    );
  });

  it('names only the link whose traffic left when another moved days before', () => {
    // Prepare: a's traffic moves to c, b's leaves 5 days later
    const retirements = [
      { key: 'a', day: 95, moved: true },
      { key: 'b', day: 100 },
    ] as const;
    const { group, members, retiredOn } = bundle(retirements);

    // Act
    const judged = withoutRetiredTraffic(group, members, retiredOn);

    // Assess: b's third out of every day up to its own, a's kept
    expect(kept(retirements, 40)).toBeCloseTo(2 / 3, 2);
    expect(kept(retirements, 98)).toBeCloseTo(2 / 3, 2);
    expect(judged?.note).toBe(
      `b (retired on ${addDays(START, 100)}) took its traffic with it: ` +
        'forecast from the links left, its share taken out of the days before',
    );
  });

  it('reads an ISP of 2,000 links over two years, 50 retired 10 days apart, at once', () => {
    // Prepare: each link is under 5 % of the ISP, so nothing changes
    const days = 730;
    const members = Array.from({ length: 2000 }, (_, k) =>
      dailySeries(
        'link',
        `l${k}`,
        (d) => (k < 50 && d > 100 + 10 * k ? NaN : 1),
        days,
      ),
    );
    const isp: DailySeries = dailySeries('isp', 'Acme', () => 1950, days);
    const retiredOn = new Map(
      members.slice(0, 50).map((m, k) => [m.key, addDays(START, 100 + 10 * k)]),
    );

    // Act
    const started = performance.now();
    const judged = withoutRetiredTraffic(isp, members, retiredOn);
    const ms = performance.now() - started;

    // Assess: it took 24 s, a link at a time over every link of every day
    expect(judged).toBeUndefined();
    expect(ms).toBeLessThan(1000);
  });
});
