import { describe, expect, it } from 'vitest';
import { actualCrossing } from '#lib/rules/actual-crossing';
import { ACTUAL, G, INPUT } from './judge-decision-fixture.ts';

describe('actualCrossing', () => {
  it('finds the first day the daily peak reaches critical', () => {
    // Prepare
    const input = { ...INPUT, actual: ACTUAL, days: 41, critical: 0.85 };

    // Act
    const day = actualCrossing(input);

    // Assess
    expect(day).toBe('2026-01-11');
  });

  it('counts a planned augment from its in-service date', () => {
    // Prepare
    const augment = {
      group: 'Acme/LHR1/pni',
      inServiceDate: '2026-01-05',
      addedBps: 100 * G,
      reference: 'CHG-1',
    };

    // Act
    const day = actualCrossing({
      ...INPUT,
      actual: ACTUAL,
      days: 41,
      critical: 0.85,
      augments: [augment],
    });

    // Assess
    expect(day).toBeUndefined();
  });

  it('ignores missing days and days outside the series', () => {
    // Prepare
    const gap = {
      ...ACTUAL,
      values: ACTUAL.values.map((v, i) => (i === 10 ? Number.NaN : v)),
    };

    // Act
    const day = actualCrossing({
      ...INPUT,
      actual: gap,
      asOf: '2025-12-20',
      days: 60,
      critical: 0.85,
    });

    // Assess
    expect(day).toBe('2026-01-12');
  });

  it.each([
    ['a one-day surge', [20], undefined],
    ['two days within a week', [20, 26], '2026-01-21'],
    ['two days a week apart', [20, 27], undefined],
  ])('counts %s as a crossing or not', (_, surges, expected) => {
    // Prepare
    const values = ACTUAL.values.map((_, day) =>
      surges.includes(day) ? 95 * G : 80 * G,
    );

    // Act
    const day = actualCrossing({
      ...INPUT,
      actual: { ...ACTUAL, values },
      days: 41,
      critical: 0.85,
    });

    // Assess
    expect(day).toBe(expected);
  });
});
