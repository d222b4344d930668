import { describe, expect, it } from 'vitest';
import { renderDigest } from '#lib/report/email-digest';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { staleDataText } from '#lib/report/email-stale-data';
import { renderIspMessage } from '#lib/report/render-email';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

/**
 * The sample's lake, ending 2026-12-05, run as of 2026-12-13: the
 * data-quality report lists 2026-12-06 to 2026-12-12 with no traffic (and
 * two days earlier in the year, which the sample leaves out).
 */
const STALE = {
  firstTrafficDay: '2025-10-02',
  missingDays: [
    '2026-03-01',
    '2026-08-07',
    ...[6, 7, 8, 9, 10, 11, 12].map(
      (d) => `2026-12-${String(d).padStart(2, '0')}`,
    ),
  ],
};
const AS_OF = '2026-12-13';
const SAID =
  'no traffic in the 7 days before this run, after 2026-12-05: the figures are as of then.';

describe('staleDataText', () => {
  it('names the last day with traffic and how long before the run it is', () => {
    // Act / Assess
    expect(staleDataText(STALE, AS_OF)).toBe(SAID);
  });

  it('says nothing when the last day with traffic is the day before the run, or the days with none are earlier', () => {
    // Prepare: the same lake run as of 2026-12-06, its usual day
    const fresh = { ...STALE, missingDays: STALE.missingDays.slice(0, 2) };

    // Act / Assess
    expect(staleDataText(fresh, '2026-12-06')).toBeUndefined();
    expect(staleDataText(STALE, '2026-12-06')).toBeUndefined();
    expect(staleDataText(undefined, AS_OF)).toBeUndefined();
  });

  it('says one day in the singular, and nothing of days before the checks began', () => {
    // Prepare: one day with no traffic, 2026-12-12
    const one = { ...STALE, missingDays: ['2026-12-12'] };
    const before = { ...STALE, firstTrafficDay: '2026-12-06' };

    // Act / Assess
    expect(staleDataText(one, AS_OF)).toBe(
      'no traffic in the 1 day before this run, after 2026-12-11: the figures are as of then.',
    );
    expect(staleDataText(before, AS_OF)).toBeUndefined();
  });
});

describe('emails on traffic that stopped days before the run', () => {
  it("says under each bundle's figures in an alert that they are as of the last day with traffic", () => {
    // Act
    const [message] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [LHR1_PNI, FRA2_IX],
      config: EMAIL_CONFIG,
      quality: { ...STALE, quietLinks: [] },
    });

    // Assess: one Data row per bundle, right under "Now"
    const rows = emailProse(message!.body).match(
      /Now: [^\n]*\n {3}Data: +[^\n]*/g,
    );
    expect(rows?.map((row) => row.split('\n')[1])).toEqual([
      `   Data:             ${SAID}`,
      `   Data:             ${SAID}`,
    ]);
    expect(message!.body.match(/Data: /g)).toHaveLength(2);
  });

  it('writes no Data row in an alert of a run on the day after the traffic', () => {
    // Act
    const [message] = renderIspMessage({
      asOf: '2026-12-06',
      unit: 'Acme Telecom',
      groups: [LHR1_PNI, FRA2_IX],
      config: EMAIL_CONFIG,
      quality: { ...STALE, quietLinks: [] },
    });

    // Assess
    expect(message!.body).not.toContain('Data:');
  });

  it('says it once in the header of the weekly digest and of the resolved message', () => {
    // Act
    const [digest] = renderDigest({
      asOf: AS_OF,
      owner: 'emea-peering',
      groups: [LHR1_PNI, AMS1_CACHE],
      config: EMAIL_CONFIG,
      quality: STALE,
    });
    const [resolved] = renderResolvedMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: [{ ...AMS1_CACHE, severity: 'ok' }],
      config: EMAIL_CONFIG,
      quality: STALE,
    });

    // Assess
    // Within 78 characters a line, as the digest's every line
    expect(digest!.body.replace(/\n(?=are as of then)/, ' ')).toContain(
      '\n2 bundles at watch or above (1 critical, 1 watch).\n' +
        `Data: ${SAID}\n\nPer ISP,`,
    );
    expect(digest!.body.match(/Data: /g)).toHaveLength(1);
    // Under the first line, not between the list and the line that
    // introduces it; within 78 characters a line, as the digest's (a
    // link longer than a line kept whole)
    expect(resolved!.body.replace(/\n(?=are as of then)/, ' ')).toContain(
      `as of 2026-12-13\nData: ${SAID}\n\n1 bundle no longer needs an order within the warning window:\n\n- `,
    );
    expect(resolved!.body.match(/Data: /g)).toHaveLength(1);
    const long = (body: string) =>
      body.split('\n').filter((line) => line.length > 78 && line.includes(' '));
    expect(long(resolved!.body)).toEqual([]);
    expect(long(digest!.body)).toEqual([]);
  });
});
