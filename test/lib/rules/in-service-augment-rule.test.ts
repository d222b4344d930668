import { describe, expect, it } from 'vitest';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { augmentOn, BASE_INPUT, G, LINK_B } from './series-fixture.ts';

// BASE_INPUT without augments: critical on the upper bound at day 250
// (2026-09-08), order-by day 160 (2026-06-10), severity watch.

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
