import { describe, expect, it } from 'vitest';
import {
  AMS1_CACHE,
  FRA2_IX,
  LHR1_LATE_AUGMENT,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { bodyOf, named, WIDEST } from './email-digest-columns-fixture.ts';

/** links.csv allows names of up to 100 characters. */
const LONGEST = `Some Very Long ISP Name Ltd/FRA2-Equinix-FR5/pni ${'x'.repeat(51)}`;
const LONG_SITE = 'FRA2-Equinix-FR5-Hall-3-Cage-12';

/** A line's width in characters ('×', '—' and '…' one each). */
const width = (line: string) => [...line].length;

describe('renderDigest: lines within 78 characters (RFC 5322)', () => {
  it('keeps every line within 78 characters whatever its bundles, but a report link', () => {
    // Prepare: names of every length, a site of 31 characters, the
    // widest figures, a late augment, an alert held and told to another
    // owner, and a bundle that reaches neither threshold
    const groups = [
      LHR1_PNI,
      named('Acme LHR1 east'),
      named('Falcon Gulf Telecom DXB1 cache bundle 1'),
      named(LONGEST),
      { ...named('Acme cage 12', LONG_SITE), isp: 'Acme' },
      { ...LHR1_LATE_AUGMENT, key: 'Acme/LHR3/pni', site: 'LHR3' },
      FRA2_IX,
      ...WIDEST,
      { ...AMS1_CACHE, key: 'x', warningDate: undefined },
    ];

    // Act
    const body = bodyOf(groups, {
      held: { [FRA2_IX.key]: 'critical' },
      toldOwners: { [FRA2_IX.key]: ['interconnection-planning-emea-north'] },
    });

    // Assess: before, every row was 113 characters or more, and a mail
    // client wrapped it into the next
    const lines = body.split('\n');
    const long = lines.filter((l) => width(l) > 78);
    expect(long.every((l) => /^<\S+>$/.test(l))).toBe(true);
    expect(lines.length).toBeGreaterThan(40);
    // No title cut: each name is whole once its lines are joined
    const text = body.replace(/\n {6}/g, ' ');
    for (const name of [LONGEST, 'Falcon Gulf Telecom DXB1 cache bundle 1']) {
      expect(text).toContain(`  LHR1 pni "${name}"\n`);
    }
    expect(text).toContain(`  ${LONG_SITE} pni "Acme cage 12"\n`);
  });

  it('puts the report link on the line under its ISP, so that the ISP line fits', () => {
    // Act
    const body = bodyOf([LHR1_PNI]);

    // Assess: before, 'Acme Telecom <https://…>' was 92 characters
    expect(body).toContain(
      '\n\nAcme Telecom\n<https://headroom-reports.example.net/reports/2026-11-30/isp/acme-telecom.html>\n  LHR1 pni\n',
    );
  });
});
