import { describe, expect, it } from 'vitest';
import { renderDigest } from '#lib/report/email-digest';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { renderIspMessage } from '#lib/report/render-email';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

const AS_OF = '2026-12-06';

/** A lake whose traffic began 2 days before the run, as the sample's. */
const young = (firstTrafficDay: string) => ({
  firstTrafficDay,
  missingDays: [],
  quietLinks: [],
});

/** The sentence, its lines joined. */
const SAID =
  'Young lake: traffic since 2026-12-04, 2 days. Until a series has 28 ' +
  'days, its forecast repeats its last week (or the days it has) with no ' +
  'trend: growth is forecast from 28 days on.';

/** Each email of a run on a lake whose traffic began `first`. */
function emails(first: string) {
  const quality = young(first);
  const [alert] = renderIspMessage({
    asOf: AS_OF,
    unit: 'Acme Telecom',
    groups: [LHR1_PNI, FRA2_IX],
    config: EMAIL_CONFIG,
    quality,
  });
  const [digest] = renderDigest({
    asOf: AS_OF,
    owner: 'emea-peering',
    groups: [LHR1_PNI, AMS1_CACHE],
    config: EMAIL_CONFIG,
    quality,
  });
  const [resolved] = renderResolvedMessage({
    asOf: AS_OF,
    unit: 'Acme Telecom',
    groups: [{ ...AMS1_CACHE, severity: 'ok' }],
    config: EMAIL_CONFIG,
    quality,
  });
  return [alert!.body, digest!.body, resolved!.body];
}

describe('emails of a run on a lake under 28 days old', () => {
  it('say once in their header that growth is not forecast yet', () => {
    // Prepare: 2 days of traffic (an alert read "Growth: 0.0%/yr" and
    // "needed now" with no word of why, where the console and the pages
    // said it)
    // Act
    const bodies = emails('2026-12-04');

    // Assess
    for (const body of bodies) {
      const header = body.split('\n\n')[0]!;
      expect(header.replace(/\n/g, ' ')).toContain(SAID);
      expect(body.split('Young lake').length).toBe(2);
      for (const line of header.split('\n')) {
        expect(line.length).toBeLessThanOrEqual(78);
      }
    }
  });

  it('say nothing of it from 28 days on', () => {
    // Act
    const bodies = emails('2026-11-08');

    // Assess
    for (const body of bodies) expect(body).not.toContain('Young lake');
  });
});
