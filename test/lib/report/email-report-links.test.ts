import { describe, expect, it } from 'vitest';
import { reportLink } from '#lib/report/email-format';
import { renderHandoverMessage } from '#lib/report/email-handover';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import { renderUnjudgedMessage } from '#lib/report/email-unjudged';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

/** An ISP of 100 characters, the longest name links.csv allows. */
const ISP = `Very Long Telecommunications Company International ${'Holdings '.repeat(5)}Ltd.`;
const KEY = `${ISP}/LHR1/pni`;
const GROUP = { ...LHR1_PNI, isp: ISP, key: KEY };
const AS_OF = '2026-11-26';

/** A line's width in characters ('×', '—' and '…' one each). */
const width = (line: string) => [...line].length;

/** The lines over 78 characters that are not a link alone. */
const tooLong = (lines: readonly string[]) =>
  lines.filter((l) => width(l) > 78 && !/^ *<https:\/\/\S+>$/.test(l));

describe("emails' report links within 78 characters", () => {
  it("puts an alert's links alone on their lines, whole, the ISP's name wrapped", () => {
    // Act
    const [message] = renderIspMessage({
      asOf: AS_OF,
      unit: ISP,
      groups: [GROUP],
      config: EMAIL_CONFIG,
    });

    // Assess: before, 'Report for <ISP>: <link>' was one line of 246
    // characters, the bundle's 'Report:' row 225 and the title 146
    const lines = message!.body.split('\n');
    expect(tooLong(lines)).toEqual([]);
    const base = EMAIL_CONFIG.notify.reportBaseUrl;
    const at = lines.indexOf('   Report:');
    expect(lines[at + 1]).toBe(`     <${reportLink(base, ISP, AS_OF, KEY)}>`);
    const footer = lines.findIndex((l) => l.startsWith('Report for '));
    const link = lines.indexOf(`<${reportLink(base, ISP, AS_OF)}>`);
    expect(link).toBeGreaterThan(footer);
    expect(lines.slice(footer, link).join(' ')).toBe(`Report for ${ISP}:`);
  });

  it('keeps a short link beside its words where the line fits', () => {
    // Prepare: links relative to the report store, which fit
    const config = {
      ...EMAIL_CONFIG,
      notify: { ...EMAIL_CONFIG.notify, reportBaseUrl: '' },
    };

    // Act
    const [message] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme',
      groups: [{ ...LHR1_PNI, isp: 'Acme', key: 'Acme/LHR1/pni' }],
      config,
    });

    // Assess
    expect(message!.body).toContain(
      '\nReport for Acme: <reports/2026-11-26/isp/acme.html> (in the report store)\n',
    );
  });

  it('does the same in a "resolved" message', () => {
    // Act
    const [message] = renderResolvedMessage({
      asOf: AS_OF,
      unit: ISP,
      groups: [{ ...GROUP, severity: 'ok', orderByDate: undefined }],
      config: EMAIL_CONFIG,
    });

    // Assess
    const lines = message!.body.split('\n');
    expect(tooLong(lines)).toEqual([]);
    const url = reportLink(EMAIL_CONFIG.notify.reportBaseUrl, ISP, AS_OF);
    const link = lines.indexOf(`<${url}>`);
    const footer = lines.findIndex((l) => l.startsWith('Report for '));
    expect(lines.slice(footer, link).join(' ')).toBe(`Report for ${ISP}:`);
  });

  it('wraps a handover and a "not judged" message the same, owners and all', () => {
    // Prepare: the bundle handed over to six owners' teams
    const owners = ['emea', 'apac', 'amer', 'noc', 'ixp', 'cdn'].map(
      (o) => `${o}-interconnection-planning`,
    );
    const handed = owners.map((owner, i) => ({
      group: { ...GROUP, key: `${KEY}-${i}`, owner },
      toldSeverity: 'critical' as const,
      notifiedOn: '2026-11-20',
    }));
    const unjudged = { ...GROUP, severity: 'critical' as const };

    // Act
    const [handover] = renderHandoverMessage({
      asOf: AS_OF,
      from: 'emea-peering',
      unit: ISP,
      groups: handed,
      config: EMAIL_CONFIG,
    }).messages;
    const [notJudged] = renderUnjudgedMessage({
      asOf: AS_OF,
      unit: ISP,
      groups: [{ ...unjudged, notifiedOn: '2026-11-20', reason: 'no traffic' }],
      config: EMAIL_CONFIG,
    }).messages;

    // Assess: before, the handover's line naming the new owners was 228
    // characters and the "not judged" title 159
    for (const message of [handover!, notJudged!]) {
      expect(tooLong(message.body.split('\n'))).toEqual([]);
    }
    const prose = handover!.body.replaceAll('\n', ' ');
    expect(prose).toContain(`now belong to ${owners.sort().join(', ')} (`);
  });
});
