import { describe, expect, it } from 'vitest';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { augmentOn, BASE_INPUT, G } from './series-fixture.ts';

// BASE_INPUT without augments: critical on the upper bound at day 250
// (2026-09-08), order-by day 160 (2026-06-10), severity watch.

describe('planned augments', () => {
  it.each([
    {
      name: 'before the order-by date clears the runout',
      day: 150,
      critical: undefined,
      orderBy: undefined,
      late: 0,
    },
    {
      name: 'after the order-by date but before the runout is in time',
      day: 200,
      critical: undefined,
      orderBy: undefined,
      late: 0,
    },
    {
      name: 'on the runout day is in time',
      day: 250,
      critical: undefined,
      orderBy: undefined,
      late: 0,
    },
    {
      name: 'after the runout is too late by the gap',
      day: 270,
      critical: '2026-09-08',
      orderBy: '2026-06-10',
      late: 20,
    },
  ])('an augment landing $name', ({ day, critical, orderBy, late }) => {
    // Prepare: +100 G makes 300 G; critical 255 G is out of reach.
    const augment = augmentOn(day);

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, augments: [augment] });

    // Assess
    expect({
      critical: e.criticalDateUpper,
      orderBy: e.orderByDate,
      augments: e.plannedAugments,
    }).toEqual({
      critical,
      orderBy,
      augments: [{ ...augment, lateByDays: late, inService: false }],
    });
  });

  it('clears a critical alert when the augment lands in time', () => {
    // Prepare: lead 260 puts the order-by 10 days in the past.
    const links = BASE_INPUT.links.map((l) => ({ ...l, leadTimeDays: 260 }));
    const input = { ...BASE_INPUT, links };

    // Act
    const before = evaluateSeries(input);
    const after = evaluateSeries({ ...input, augments: [augmentOn(100)] });

    // Assess
    expect([before.severity, after.severity]).toEqual(['critical', 'ok']);
  });

  it('judges a second augment against the capacity of the first', () => {
    // Prepare: +10 G at day 0 makes 210 G, critical 178.5 G: upper
    // 120 + 0.2 i reaches it at i = 292.5 → day 293 (2026-10-21).
    const augments = [augmentOn(300, 100 * G), augmentOn(0, 10 * G)];

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, augments });

    // Assess
    expect(e.plannedAugments.map((a) => [a.reference, a.lateByDays])).toEqual([
      ['CHG-0', 0],
      ['CHG-300', 7],
    ]);
  });

  it('counts planned augments in the recommended ports', () => {
    // Prepare: +100 G from day 150; before it upper 149.8 G / 0.7 =
    // 214 G needs 14 G more → 1 port; after it 192.8 / 0.7 < 300 G.
    const augments = [augmentOn(150)];

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, augments });

    // Assess
    expect([e.recommendedPorts, e.recommendedAddBps]).toEqual([1, 100 * G]);
  });
});
