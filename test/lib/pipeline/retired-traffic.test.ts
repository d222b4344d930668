import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { DailySeries } from '#lib/domain/series';
import { withoutRetiredTraffic } from '#lib/pipeline/retired-traffic';
import { dailySeries, START } from './retired-traffic-fixture.ts';

const DAYS = 100;
/** b is retired on this day (index 90). */
const RETIRED = addDays(START, 90);
const retiredOn = new Map([['b', RETIRED]]);

const series = (
  level: DailySeries['level'],
  key: string,
  gbps: (d: number) => number,
) => dailySeries(level, key, gbps, DAYS);
/** a carries 4.5 Gbps, b 4.5 until its retirement, then `after` of it moves to a. */
function bundle(moved: number, bGbps = 4.5) {
  const a = series('link', 'a', (d) => (d > 90 ? 4.5 + moved * bGbps : 4.5));
  const b = series('link', 'b', (d) => (d > 90 ? Number.NaN : bGbps));
  const group = series('group', 'Acme/LHR1/pni', (d) =>
    d > 90 ? 4.5 + moved * bGbps : 4.5 + bGbps,
  );
  return { group, members: [a, b] };
}

describe('withoutRetiredTraffic', () => {
  it('takes the link out of the days before when its traffic left with it', () => {
    // Prepare: b's traffic gone with it, 3 days after its retirement
    const { group, members } = bundle(0);

    // Act
    const judged = withoutRetiredTraffic(group, members, retiredOn);

    // Assess: the days before read as a alone carried them (half), the
    // days after as they were; the note names the link and its day
    expect(judged?.values[40]).toBeCloseTo(group.values[40]! / 2, -6);
    expect(judged?.values[90]).toBeCloseTo(group.values[90]! / 2, -6);
    expect(judged?.values[95]).toBe(group.values[95]);
    expect(judged?.note).toBe(
      `b (retired on ${RETIRED}) took its traffic with it: forecast from ` +
        'the links left, its share taken out of the days before',
    );
  });

  it('leaves the bundle as it was when the traffic moved to the links left', () => {
    // Prepare: a carries all of b's traffic from the day after
    const { group, members } = bundle(1);

    // Act, Assess
    expect(withoutRetiredTraffic(group, members, retiredOn)).toBeUndefined();
  });

  it('takes out the part that left when half of it moved', () => {
    // Prepare
    const { group, members } = bundle(0.5);

    // Act
    const judged = withoutRetiredTraffic(group, members, retiredOn);

    // Assess: a quarter of the bundle (half of b's half) out before,
    // within the noise of the days compared (2 %)
    expect(judged!.values[40]! / group.values[40]!).toBeCloseTo(0.75, 1);
    expect(judged?.note).toMatch(
      /took its traffic with it \((4[5-9]|5[0-5])% of it\)/,
    );
  });

  it('tells from the first day after the retirement', () => {
    // Prepare: the history ends the day after it
    const { group, members } = bundle(0);
    const cut = (s: DailySeries): DailySeries => ({
      ...s,
      values: s.values.slice(0, 92),
      capacity: s.capacity.slice(0, 92),
    });

    // Act
    const judged = withoutRetiredTraffic(
      cut(group),
      members.map(cut),
      retiredOn,
    );

    // Assess
    expect(judged?.values[40]).toBeCloseTo(group.values[40]! / 2, -6);
  });

  it('changes nothing before a day after the retirement can tell', () => {
    // Prepare: the history ends on the retirement day
    const { group, members } = bundle(0);
    const cut = (s: DailySeries): DailySeries => ({
      ...s,
      values: s.values.slice(0, 91),
      capacity: s.capacity.slice(0, 91),
    });

    // Act, Assess
    expect(
      withoutRetiredTraffic(cut(group), members.map(cut), retiredOn),
    ).toBeUndefined();
  });

  it('changes nothing for a link still sending after its retirement', () => {
    // Prepare: b sends 1 Gbps after the day (`trafficAfterRetirement`)
    const { group, members } = bundle(0);
    const b = series('link', 'b', (d) => (d > 90 ? 1 : 4.5));

    // Act, Assess
    expect(
      withoutRetiredTraffic(group, [members[0]!, b], retiredOn),
    ).toBeUndefined();
  });

  it('changes nothing for a link under 5 % of its bundle', () => {
    // Prepare: b carried 0.2 of 4.7 Gbps, and it left
    const { group, members } = bundle(0, 0.2);

    // Act, Assess
    expect(withoutRetiredTraffic(group, members, retiredOn)).toBeUndefined();
  });
});
