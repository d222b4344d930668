import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { partnerPageRenderers } from '#lib/report/render-report';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** Acme Telecom's pack, as its reader sees it, of a lake `days` old. */
function packOfLake(days: number): string {
  const base = fixtureInput();
  const input = {
    ...base,
    dataQuality: {
      ...base.dataQuality,
      firstTrafficDay: addDays(AS_OF, -days),
    },
  };
  const file = partnerPageRenderers(input).find(
    (f) => f.path === 'partners/acme-telecom.html',
  )!;
  return htmlText([...file.pieces()].join(''));
}

describe('renderPartnerPage on a lake under 28 days old', () => {
  it('says beside the growth it quotes that growth is not forecast yet', () => {
    // Prepare: a lake 3 days old, whose every forecast has no trend (the
    // pack said "growth 0.0%/yr" with no word of why, which a partner
    // read as traffic not growing)
    // Act
    const text = packOfLake(3);

    // Assess
    const note = text.indexOf('Growth not forecast yet:');
    expect(text.indexOf('; growth ')).toBeLessThan(note);
    expect(note).toBeLessThan(text.indexOf('One row per bundle'));
    expect(text).toContain(
      `Growth not forecast yet: traffic since ${addDays(AS_OF, -3)}, 3 days. ` +
        'Until a series has 28 days, its forecast repeats its last week (or ' +
        'the days it has) with no trend: growth is forecast from 28 days on.',
    );
    expect(text).not.toContain('Young lake');
  });

  it('says nothing of it from 28 days on', () => {
    // Act
    const text = packOfLake(28);

    // Assess
    expect(text).toContain('; growth ');
    expect(text).not.toContain('not forecast yet');
  });
});
