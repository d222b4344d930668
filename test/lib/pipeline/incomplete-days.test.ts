import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { leaveOutIncomplete } from '#lib/pipeline/incomplete-days';

const START = '2026-01-01';
const DAYS = 40;

/** A link of `gbps` whose samples per day are `samples(day)` (NaN: no row). */
const link = (
  key: string,
  gbps: number,
  samples: (day: number) => number,
  start = START,
  days = DAYS,
): DailySeries => ({
  level: 'link',
  key,
  start,
  values: Array.from({ length: days }, (_, d) =>
    Number.isNaN(samples(d)) ? Number.NaN : gbps * 1e9,
  ),
  capacity: Array.from({ length: days }, () => 100e9),
  samples: Array.from({ length: days }, (_, d) => samples(d)),
});
const whole = () => 288;
const bundle: DailySeries = {
  level: 'group',
  key: 'Acme/LHR1/pni',
  start: START,
  values: Array.from({ length: DAYS }, () => 20e9),
  capacity: Array.from({ length: DAYS }, () => 200e9),
};
const leftOut = (history: DailySeries) =>
  history.values.flatMap((v, day) => (Number.isNaN(v) ? [day] : []));

describe('leaveOutIncomplete', () => {
  it('leaves out the day a link stopped at noon, naming it and its samples', () => {
    // Prepare: b sends half its samples on day 30
    const b = link('b', 10, (d) => (d === 30 ? 144 : 288));

    // Act
    const { history, note } = leaveOutIncomplete(bundle, [
      link('a', 10, whole),
      b,
    ]);

    // Assess: a quarter of the bundle's traffic unseen that day
    expect(leftOut(history)).toEqual([30]);
    expect(note).toBe(
      '1 day left out of the forecast, on which its links sent too few ' +
        'samples for a true sum (over 10% of its usual traffic unseen), ' +
        'the last 2026-01-31: b sent 144 of 288 samples',
    );
  });

  it('leaves out every day after a link went quiet for good', () => {
    // Prepare: b's last row is day 34, of 40
    const b = link('b', 10, whole, START, 35);

    // Act
    const { history, note } = leaveOutIncomplete(bundle, [
      link('a', 10, whole),
      b,
    ]);

    // Assess: the history ends on its last whole day
    expect(history.values).toHaveLength(35);
    expect(leftOut(history)).toEqual([]);
    expect(note).toContain('5 days left out');
    expect(note).toContain('the last 2026-02-09: b sent 0 of 288 samples');
  });

  it("keeps the days after a link's retirement, and still checks those before it", () => {
    // Prepare: b retired on day 35 (its last row day 34); it sent half
    // its samples on day 20
    const b = link('b', 10, (d) => (d === 20 ? 144 : 288), START, 35);
    const retiredOn = new Map([['b', '2026-02-05']]);

    // Act
    const { history } = leaveOutIncomplete(
      bundle,
      [link('a', 10, whole), b],
      retiredOn,
    );

    // Assess: the bundle's history runs to its end, day 20 still out
    expect(history.values).toHaveLength(DAYS);
    expect(leftOut(history)).toEqual([20]);
  });

  it('keeps days of a few lost samples, a new interval, a link turned up late', () => {
    // Prepare: a loses 24 samples on day 5 (4% of the bundle's traffic);
    // b moves to 1-minute telemetry on day 10, from noon; c turns up on day 20
    const a = link('a', 10, (d) => (d === 5 ? 264 : 288));
    const b = link('b', 10, (d) => (d < 10 ? 288 : d === 10 ? 864 : 1440));
    const c = link('c', 10, whole, '2026-01-21', 20);

    // Act
    const { history, note } = leaveOutIncomplete(bundle, [a, b, c]);

    // Assess
    expect(leftOut(history)).toEqual([]);
    expect(note).toBeUndefined();
  });

  it('keeps the days after a poller moved back to a longer interval, or a second poller stopped', () => {
    // Prepare: b moves from 1-minute telemetry back to 5-minute at noon on
    // day 30 (720 + 144 samples that day) and sends 287 a day since, a
    // whole 5-minute day less its midnight sample; c's second poller, which
    // doubled its samples on days 10 to 19, stops
    const b = link('b', 10, (d) => (d < 30 ? 1439 : d === 30 ? 864 : 287));
    const c = link('c', 10, (d) => (d >= 10 && d < 20 ? 576 : 288));

    // Act
    const { history, note } = leaveOutIncomplete(bundle, [
      link('a', 10, whole),
      b,
      c,
    ]);

    // Assess: only the day of the move, part at each interval, is left out
    // (b's 864 of 1440 samples, 13% of the bundle's traffic); a week at
    // 287 of 1439 read before as 80% of b unseen
    expect(leftOut(history)).toEqual([30]);
    expect(history.values).toHaveLength(DAYS);
    expect(note).toContain('1 day left out');
    expect(note).toContain('the last 2026-01-31: b sent 864 of 1440 samples');
  });

  it("weighs an ISP's links in hand against its whole traffic when split by group", () => {
    // Prepare: an ISP of 220 Gbps split by group, whose first part holds
    // two links of 10 Gbps, b quiet from day 30
    const members = [link('a', 10, whole), link('b', 10, whole, START, 30)];
    const isp: DailySeries = {
      ...bundle,
      level: 'isp',
      key: 'Acme',
      values: bundle.values.map(() => 220e9),
    };

    // Act
    const split = leaveOutIncomplete(isp, members);
    const inHand = leaveOutIncomplete(
      { ...isp, values: bundle.values },
      members,
    );

    // Assess: b is 5% of the ISP's traffic, not half of it (its days were
    // left out, and after two weeks the ISP went stale); an ISP of these
    // two links alone still has b's days left out
    expect(split.history).toBe(isp);
    expect(split.note).toBeUndefined();
    expect(inHand.history.values).toHaveLength(30);
  });

  it('weighs links by their traffic: a quiet standby link or a small one is no gap', () => {
    // Prepare: idle sends zeros and stops on day 30; small carries 1 in 21
    // parts and stops too
    const idle = link('idle', 0, (d) => (d < 30 ? 288 : Number.NaN));
    const small = link('small', 1, (d) => (d < 30 ? 288 : Number.NaN));

    // Act
    const { history } = leaveOutIncomplete(bundle, [
      link('a', 20, whole),
      idle,
      small,
    ]);

    // Assess
    expect(leftOut(history)).toEqual([]);
  });

  it('leaves a bundle of one link, or links without sample counts, as it is', () => {
    // Prepare
    const { samples: _, ...noCounts } = link('b', 10, whole);

    // Act
    const one = leaveOutIncomplete(bundle, [link('a', 10, (d) => d % 2)]);
    const uncounted = leaveOutIncomplete(bundle, [
      link('a', 10, whole, START, 20),
      noCounts,
    ]);

    // Assess
    expect(one.history).toBe(bundle);
    expect(uncounted.history).toBe(bundle);
  });
});
