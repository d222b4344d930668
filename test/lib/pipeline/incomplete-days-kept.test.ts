import { describe, expect, it } from 'vitest';
import type { DailySeries } from '#lib/domain/series';
import { leaveOutIncomplete } from '#lib/pipeline/incomplete-days';
import {
  bundle,
  DAYS,
  leftOut,
  link,
  START,
  whole,
} from './incomplete-days-fixture.ts';

describe('leaveOutIncomplete', () => {
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
