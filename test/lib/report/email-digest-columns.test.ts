import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderDigest } from '#lib/report/email-digest';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

/** A bundle of LHR1_PNI's figures with the inventory's `group` name. */
const named = (key: string, site = 'LHR1'): Evaluation => ({
  ...LHR1_PNI,
  key,
  site,
  severity: 'watch',
});

/** links.csv allows names of up to 100 characters. */
const LONGEST = `Some Very Long ISP Name Ltd/FRA2-Equinix-FR5/pni ${'x'.repeat(51)}`;
const LONG_SITE = 'FRA2-Equinix-FR5-Hall-3-Cage-12';

/** The digest's body lines below the header, as the email holds them. */
function bodyOf(groups: readonly Evaluation[]): string[] {
  const [digest] = renderDigest({
    asOf: '2026-11-30',
    owner: 'emea-peering',
    groups,
    config: EMAIL_CONFIG,
  });
  return digest!.body.split('\n').filter((l) => l.startsWith('  '));
}

describe('renderDigest: bundle names of every length', () => {
  it('keeps the columns aligned and gives each name whole on the line below its row', () => {
    // Prepare: no name, a short one, the sample's, the longest allowed
    const groups = [
      LHR1_PNI,
      named('Acme LHR1 east'),
      named('Falcon Gulf Telecom DXB1 cache bundle 1'),
      named(LONGEST),
      FRA2_IX,
      AMS1_CACHE,
    ];

    // Act
    const lines = bodyOf(groups);

    // Assess: before, the name was written inside the bundle column and
    // pushed the rest of its row right by up to 100 characters
    const rows = lines.filter((l) => / order by /.test(l));
    expect(rows).toHaveLength(6);
    const at = rows.map((l) => l.indexOf(' order by '));
    expect(new Set(at)).toEqual(new Set([26]));
    expect(new Set(rows.map((l) => l.indexOf(' ask ')))).toEqual(new Set([62]));
    expect(lines.filter((l) => !/ order by /.test(l))).toEqual([
      '            "Acme LHR1 east"',
      '            "Falcon Gulf Telecom DXB1 cache bundle 1"',
      `            "${LONGEST}"`,
    ]);
  });

  it('writes the name under the row of its own bundle', () => {
    // Act
    const lines = bodyOf([named('Acme LHR1 east')]);

    // Assess
    expect(lines).toEqual([
      '  WATCH     LHR1 pni       order by 2026-11-20 (OVERDUE 10 d)  ask 2 × 100 Gbps   now 78.1%    critical 2027-02-18',
      '            "Acme LHR1 east"',
    ]);
  });

  it('widens the bundle column to a longer site, up to 24 characters, and cuts a longer one with its whole title below', () => {
    // Prepare: a site of 16 characters, and one of 31
    const fr5 = {
      ...named('Acme/FRA2-Equinix-FR5/pni', 'FRA2-Equinix-FR5'),
      isp: 'Acme',
    };
    const cage = { ...named('Acme cage 12', LONG_SITE), isp: 'Acme' };

    // Act
    const lines = bodyOf([LHR1_PNI, fr5, cage]);

    // Assess: every row's figures start at one column
    expect(lines.map((l) => l.replace(/ order by .*/, ''))).toEqual([
      '  WATCH     FRA2-Equinix-FR5-Hall-3…',
      `            ${LONG_SITE} pni "Acme cage 12"`,
      '  WATCH     FRA2-Equinix-FR5 pni    ',
      '  CRITICAL  LHR1 pni                ',
    ]);
  });
});

describe('renderDigest: a bundle reaching neither threshold within the horizon', () => {
  it("says so after its '—', as it names the warning date of one that reaches warning", () => {
    // Prepare: AMS1 at watch, reaching warning on neither bound either
    // (a what-if's bundle down, or a severity held from an earlier run)
    const neither = {
      ...AMS1_CACHE,
      warningDateUpper: undefined,
      warningDate: undefined,
    };

    // Act
    const [row] = bodyOf([neither]);

    // Assess: before, 'critical —' alone, read as a date missing
    expect(row).toMatch(/ critical — \(not within the horizon\)$/);
  });
});
