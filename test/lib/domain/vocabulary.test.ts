import { describe, expect, it } from 'vitest';
import { isAtRisk, SEVERITIES } from '#lib/domain/vocabulary';

describe('isAtRisk', () => {
  it('holds a group at risk at warning and critical only, not at watch', () => {
    // Act
    const atRisk = SEVERITIES.filter(isAtRisk);

    // Assess: watch has nothing to order yet
    expect(atRisk).toEqual(['warning', 'critical']);
  });
});
