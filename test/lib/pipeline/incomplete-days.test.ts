import { describe, expect, it } from 'vitest';
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
});
