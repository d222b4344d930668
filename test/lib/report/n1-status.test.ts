import { describe, expect, it } from 'vitest';
import { n1Text } from '#lib/report/describe';
import { renderGroupBlock } from '#lib/report/email-group-block';
import { n1Cell } from '#lib/report/index-cells';
import { n1Status, SINGLE_LINK } from '#lib/report/n1-status';
import { renderPartnerPages } from '#lib/report/render-report';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';

// A one-link bundle whose peak does not fit with its only link down: the
// evaluation says N-1 fails from today, which tells a reader nothing.
const single = {
  ...EVALUATIONS[2]!,
  memberLinks: 1,
  n1Ok: false,
  n1BreachDate: '2026-11-26',
};

describe('n1Status', () => {
  it('classifies single links, fits, fits until a date and failures', () => {
    // Prepare
    const e = { memberLinks: 3, n1Ok: true };
    // Act / Assess
    expect(n1Status(single)).toEqual({ kind: 'single' });
    expect(n1Status(e)).toEqual({ kind: 'ok' });
    expect(n1Status({ ...e, n1BreachDate: '2027-01-04' })).toEqual({
      kind: 'ok-until',
      date: '2027-01-04',
    });
    expect(n1Status({ ...e, n1Ok: false })).toEqual({ kind: 'fails' });
  });

  it('has a one-link bundle read "single link, no redundancy" on every page and in the email, never "fails"', () => {
    // Prepare
    const input = fixtureInput({
      evaluations: fixtureInput().evaluations.map((e) =>
        e.key === single.key ? single : e,
      ),
    });
    // Act
    const texts = [
      n1Cell(single),
      n1Text(single),
      renderGroupBlock(single, 1, '2026-11-26', 80).match(/N-1:.*/)![0],
    ];
    const partner = renderPartnerPages(input).find((f) =>
      f.body.includes(single.site),
    )!.body;
    // Assess
    for (const text of texts) {
      expect(text).toContain(SINGLE_LINK);
      expect(text).not.toMatch(/fails|NO:/);
    }
    expect(partner).toContain(SINGLE_LINK);
  });
});
