import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { partnerPageRenderers } from '#lib/report/render-report';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';

/** Acme Telecom's pack of a run whose lake has `missingDays`. */
function pack(missingDays: string[]): string {
  const base = fixtureInput();
  const input = {
    ...base,
    dataQuality: {
      ...base.dataQuality,
      firstTrafficDay: '2025-10-01',
      missingDays,
    },
  };
  const file = partnerPageRenderers(input).find(
    (f) => f.path === 'partners/acme-telecom.html',
  )!;
  return [...file.pieces()].join('');
}

describe('renderPartnerPage on traffic that stopped days before the run', () => {
  it('says beside its date the day its figures are as of', () => {
    // Prepare: no traffic on the 3 days before the run (before, the pack
    // gave "p95 now" from them as if current)
    const days = [3, 2, 1].map((d) => addDays(AS_OF, -d));
    const lastDay = addDays(AS_OF, -4);

    // Act
    const html = pack(days);

    // Assess
    expect(html).toContain(
      `As of ${AS_OF}; traffic figures as of ${lastDay}, the last day with traffic data.`,
    );
  });

  it('says nothing more when the traffic reaches the day before the run', () => {
    // Act
    const html = pack(['2026-02-13']);

    // Assess
    expect(html).toContain(`As of ${AS_OF}. Total peak demand`);
    expect(html).not.toContain('traffic figures as of');
  });
});
