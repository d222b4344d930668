import { describe, expect, it } from 'vitest';
import type { PlannedAugment } from '#lib/domain/inventory';
import { augmentSteps } from '#lib/rules/augment-steps';

const G = 1e9;
const AUGMENT: PlannedAugment = {
  group: 'Acme/LHR1/pni',
  inServiceDate: '2026-12-12',
  addedBps: 100 * G,
  reference: 'CHG-1',
};
/** Acme/LHR1/pni wholly down 2026-12-10 until 2026-12-17. */
const DOWN = { group: AUGMENT.group, from: '2026-12-10', until: '2026-12-17' };

describe('augmentSteps', () => {
  it('takes an augment landing inside its group outage down from its own date, not before', () => {
    // Act
    const steps = augmentSteps([AUGMENT], [DOWN]);

    // Assess: down from the outage's start, it would take 100 G from the
    // ISP's other groups on 2026-12-10 and 11 (their sum is not clamped)
    expect(steps).toEqual([
      { date: '2026-12-12', deltaBps: 100 * G },
      { date: '2026-12-12', deltaBps: -100 * G },
      { date: '2026-12-17', deltaBps: 100 * G },
    ]);
  });

  it("leaves an augment alone outside its group's outages and in other groups' outages", () => {
    // Prepare
    const later = { ...AUGMENT, inServiceDate: '2026-12-17' };
    const elsewhere = { ...DOWN, group: 'Acme/AMS1/pni' };

    // Act
    const steps = augmentSteps([later, AUGMENT], [DOWN, elsewhere]);

    // Assess
    expect(steps).toEqual([
      { date: '2026-12-17', deltaBps: 100 * G },
      { date: '2026-12-12', deltaBps: 100 * G },
      { date: '2026-12-12', deltaBps: -100 * G },
      { date: '2026-12-17', deltaBps: 100 * G },
    ]);
  });

  it('keeps an augment in service down to the end when its group never comes back', () => {
    // Prepare
    const inService = { ...AUGMENT, inServiceDate: '2026-11-01' };

    // Act
    const steps = augmentSteps([inService], [{ ...DOWN, until: undefined }]);

    // Assess
    expect(steps).toEqual([
      { date: '2026-11-01', deltaBps: 100 * G },
      { date: '2026-12-10', deltaBps: -100 * G },
    ]);
  });
});
