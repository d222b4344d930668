import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { augmentOn, BASE_INPUT, G, linearForecast } from './series-fixture.ts';

const AS_OF = BASE_INPUT.asOf;
// Upper bound flat at 180 G: over 85 % of 200 G from today on, so every
// planned augment is late and would be needed today.
const CRITICAL_NOW = linearForecast(160, 0, 20);

describe('expedite choice', () => {
  it('is absent when every planned augment lands in time', () => {
    // Prepare: BASE_INPUT reaches critical on the upper bound on day 250.
    const augments = [augmentOn(200)];

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, augments });

    // Assess
    expect(e.expedite).toBeUndefined();
  });

  it('asks nothing on top when the augment pulled in to today covers the horizon', () => {
    // Prepare: left on day 120, +100 G leaves days 90–119 (from today +
    // 90 days of lead time on) 180 / 0.7 − 200 = 57.1 G short: 1 port.
    // Pulled in to today, 300 G from day 0 on: 257.1 G fits.
    const augments = [augmentOn(120)];

    // Act
    const e = evaluateSeries({
      ...BASE_INPUT,
      augments,
      forecast: CRITICAL_NOW,
    });

    // Assess
    expect([e.recommendedPorts, e.expedite]).toEqual([
      1,
      {
        reference: 'CHG-120',
        addedBps: 100 * G,
        inServiceDate: addDays(AS_OF, 120),
        byDays: 120,
        targetDate: AS_OF,
        askPorts: 0,
        askBps: 0,
      },
    ]);
  });

  it('pulls in the earliest late augment only and asks what is left short', () => {
    // Prepare: 10 G ports. +50 G on day 120 and +100 G on day 200, both
    // late. Left in place, days 90–119 are 57.1 G short: 6 ports. With
    // +50 G from today on and +100 G still on day 200, days 90–199 are
    // 257.1 − 250 = 7.1 G short: 1 port.
    const links = BASE_INPUT.links.map((l) => ({ ...l, portBps: 10 * G }));
    const augments = [
      augmentOn(200, 100 * G, 'CHG-B'),
      augmentOn(120, 50 * G, 'CHG-A'),
    ];

    // Act
    const e = evaluateSeries({
      ...BASE_INPUT,
      links,
      augments,
      forecast: CRITICAL_NOW,
    });

    // Assess
    expect([e.recommendedPorts, e.expedite]).toEqual([
      6,
      {
        reference: 'CHG-A',
        addedBps: 50 * G,
        inServiceDate: addDays(AS_OF, 120),
        byDays: 120,
        targetDate: AS_OF,
        askPorts: 1,
        askBps: 10 * G,
      },
    ]);
  });
});
