import { describe, expect, it } from 'vitest';
import { renderIspMessage } from '#lib/report/render-email';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
  FRA2_IX,
  LHR1_LATE_AUGMENT,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

/** links.csv allows names of up to 100 characters. */
const LONGEST = `Some Very Long ISP Name Ltd/FRA2-Equinix-FR5/pni ${'x'.repeat(51)}`;

/** A line's width in characters ('×', '—' and '…' one each). */
const width = (line: string) => [...line].length;

describe('renderIspMessage: lines within 78 characters (RFC 5322)', () => {
  it('wraps every row of an alert to 78 characters under its value column, a report link alone on its line', () => {
    // Prepare: an overdue bundle with two choices, a late augment, a
    // name of 100 characters, the change since the last run
    const groups = [
      LHR1_PNI,
      { ...LHR1_LATE_AUGMENT, key: LONGEST, site: 'LHR3' },
      FRA2_IX,
      AMS1_CACHE,
    ];

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: 'Acme Telecom',
      groups,
      config: EMAIL_CONFIG,
      changes: {
        since: '2026-11-19',
        lines: {
          [LHR1_PNI.key]:
            'escalated warning → critical; order-by 15 days earlier (2026-11-01 → 2026-10-17)',
        },
      },
    });

    // Assess: before, rows of prose ran to 168 characters, and a mail
    // client wrapped them under the labels
    const lines = message!.body.split('\n');
    const long = lines.filter((l) => width(l) > 78);
    expect(long.length).toBeGreaterThan(0);
    expect(long.filter((l) => !/^ *<https:\/\/\S+>$/.test(l))).toEqual([]);
    // A wrapped value goes on under its column, never under the labels
    const rows = lines.filter((l) => /^ {3}\S/.test(l));
    expect(rows.filter((l) => !/^ {3}[^:]+:( +\S.*)?$/.test(l))).toEqual([]);
    // ... two past it, apart from a row an empty label continues
    const wrapped = lines.filter((l) => /^ {23}\S/.test(l));
    expect(wrapped.length).toBeGreaterThan(5);
    expect(lines.filter((l) => /^ {22}\S|^ {24,}\S/.test(l))).toEqual([]);
    // Its words are those of the row on one line, in order
    const prose = emailProse(message!.body);
    expect(prose).toContain(
      '   Since 2026-11-19: escalated warning → critical; order-by 15 days earlier (2026-11-01 → 2026-10-17)\n',
    );
    expect(prose).toContain(
      `   Bundle:           ${LONGEST} (Acme Telecom, EMEA)\n`,
    );
  });

  it("keeps a name's and a reference's spaces as links.csv and augments.csv write them", () => {
    // Prepare: an ISP named with two spaces, a reference with two
    const isp = 'Acme  Telecom';
    const key = `${isp}/LHR1/pni`;
    const augment = LHR1_LATE_AUGMENT.plannedAugments[0]!;
    const plannedAugments = [{ ...augment, reference: 'CHG 4711  rev2' }];
    const g = { ...LHR1_LATE_AUGMENT, isp, key, plannedAugments };

    // Act
    const [message] = renderIspMessage({
      asOf: '2026-11-26',
      unit: isp,
      groups: [g],
      config: EMAIL_CONFIG,
    });

    // Assess: before, each came back with one space, matching neither file
    const prose = emailProse(message!.body);
    expect(prose).toContain(`   Bundle:           ${key} (${isp}, EMEA)\n`);
    expect(prose).toContain('   Planned:          CHG 4711  rev2 +');
  });
});
