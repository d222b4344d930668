import { describe, expect, it } from 'vitest';
import { accuracyVerdict } from '#lib/report/accuracy-verdict';

describe('accuracyVerdict', () => {
  it.each([
    [0.15, '.'],
    [
      0.16,
      ' overall, but off on the upper side. The upper bound ran low (16% of actuals rose above it against 10%): order-by dates may come late.',
    ],
    [0.05, '.'],
    [
      0.04,
      ' overall, but off on the upper side. The upper bound ran high (4% of actuals rose above it against 10%): the upper dates are cautious.',
    ],
  ])(
    'words a share of %s above an 80% upper bound over 1,000 comparisons only when clearly off 10%',
    (aboveShare, words) => {
      // Prepare: 1,000 comparisons, so that the margin decides, not chance.
      const s = {
        horizonDays: 30,
        biasPct: 0,
        coverage: 0.8,
        aboveShare,
        bounded: 1000,
      };
      // Act
      const verdict = accuracyVerdict(s, 80);
      // Assess
      expect(verdict).toBe(
        `At 30 days forecasts were about right on average (0% off); the intervals held 80% of outcomes against 80%: about as promised${words}`,
      );
    },
  );

  it('judges the share as it is, not as rounded for the page', () => {
    // Prepare: 4.6% rounds to 5%, half of 10%; 1.4% rounds to 1%, under
    // half of 2.5%
    const at = (aboveShare: number, level: number) =>
      accuracyVerdict(
        {
          horizonDays: 30,
          biasPct: 0,
          coverage: level / 100,
          aboveShare,
          bounded: 1000,
        },
        level,
      );

    // Act
    const [eighty, ninetyFive] = [at(0.046, 80), at(0.014, 95)];

    // Assess
    expect(eighty).toContain('The upper bound ran high (5% of actuals');
    expect(ninetyFive).not.toContain('The upper bound');
  });

  it('takes the promise from the level: 2.5% above a 95% upper bound', () => {
    // Prepare
    const s = {
      horizonDays: 30,
      biasPct: 0,
      coverage: 0.9,
      aboveShare: 0.1,
      bounded: 100,
    };
    // Act
    const verdict = accuracyVerdict(s, 95);
    // Assess
    expect(verdict).toContain(
      'The upper bound ran low (10% of actuals rose above it against 2.5%): order-by dates may come late.',
    );
  });

  it('says nothing of a share within the margin, however many comparisons', () => {
    // Prepare: 12% above an 80% bound over 100,000 comparisons is no
    // chance (P ≈ 1e-97), but within 5 points of 10%.
    const s = {
      horizonDays: 30,
      biasPct: 0,
      coverage: 0.8,
      aboveShare: 0.12,
      bounded: 100_000,
    };
    // Act / Assess
    expect(accuracyVerdict(s, 80)).not.toContain('upper bound');
  });
});
