import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { BASE_INPUT, G, LINK_B } from './series-fixture.ts';

// BASE_INPUT without augments: critical on the upper bound at day 250
// (2026-09-08), order-by day 160 (2026-06-10), severity watch.
const augmentOn = (day: number, addedBps = 100 * G) => ({
  group: 'Acme/LHR1/pni',
  inServiceDate: addDays('2026-01-01', day),
  addedBps,
  reference: `CHG-${day}`,
});

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

describe('augments in service already', () => {
  it('marks an augment dated on or before the as-of date in service, never late', () => {
    // Prepare: +1 G a month before 2026-01-01, +1 G on it, +1 G the day
    // after. 203 G from day 1: upper 120 + 0.2 i reaches critical
    // (172.55 G) at i = 263, so the group still reaches critical.
    const augments = [-31, 0, 1].map((day) => ({
      ...augmentOn(day, 1 * G),
      reference: `CHG-${day + 100}`,
    }));

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, augments });

    // Assess
    expect({
      augments: e.plannedAugments.map((a) => [
        a.reference,
        a.inService,
        a.lateByDays,
      ]),
      capacity: e.capacityBps,
      critical: e.criticalDateUpper,
      expedite: e.expedite,
    }).toEqual({
      augments: [
        ['CHG-69', true, 0],
        ['CHG-100', true, 0],
        ['CHG-101', false, 0],
      ],
      capacity: 202 * G,
      critical: '2026-09-21',
      expedite: undefined,
    });
  });

  it('decides as if its ports were in links.csv already', () => {
    // Prepare: +100 G in service since 2025-12-01, or a third 100 G link
    const augments = [augmentOn(-31)];
    const third = { ...LINK_B, linkId: 'lhr1-acme-pni-3', line: 4 };

    // Act
    const listed = evaluateSeries({ ...BASE_INPUT, augments });
    const inLinks = evaluateSeries({
      ...BASE_INPUT,
      links: [...BASE_INPUT.links, third],
    });

    // Assess: the same decision; only the augment list and the count of
    // member links tell them apart
    const { plannedAugments, memberLinks, ...decision } = listed;
    const { plannedAugments: none, memberLinks: three, ...same } = inLinks;
    expect(decision).toEqual(same);
    expect([
      plannedAugments.map((a) => a.inService),
      none,
      memberLinks,
      three,
    ]).toEqual([[true], [], 2, 3]);
  });
});
