import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import { summary } from './run-summary-fixture.ts';

/** An ISP of 100 characters, the longest name links.csv allows. */
const SPACED = `Very Long Telecommunications Company International ${'Holdings '.repeat(5)}Ltd.`;
/** A name written without spaces, as some inventories do. */
const UNSPACED =
  'VeryLongTelecommunicationsCompanyInternationalHoldingsLimited/LON-DOCKLANDS-LHR1/pni-bundle-1';
/** A links.csv group name of 100 characters without a space. */
const BARE = 'x'.repeat(100);

/** The table's lines from a group's name to the figures beneath it. */
function nameLines(lines: readonly string[], figures: RegExp): string[] {
  const end = lines.findIndex((l) => figures.test(l));
  let start = end - 1;
  while (lines[start]!.startsWith('    ')) start--;
  return lines.slice(start, end);
}

describe("formatRunSummary: a group's name longer than a line", () => {
  it('wraps each name within 80 columns, beneath each other, every character kept', () => {
    // Prepare: three groups at risk, their figures told apart by ask
    const groups = [
      { key: `${SPACED}/LHR1/pni`, ports: 1 },
      { key: UNSPACED, ports: 2 },
      { key: BARE, ports: 3 },
    ];
    const evaluations = groups.map(({ key, ports }) => ({
      ...ACME_LHR1,
      key,
      recommendedPorts: ports,
    }));

    // Act
    const lines = formatRunSummary(summary(evaluations), 'index.html').split(
      '\n',
    );

    // Assess: before, the names were lines of 111, 95 and 102 columns,
    // which a terminal wrapped at its edge under the figures' columns
    expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
    const [spaced, unspaced, bare] = groups.map(({ ports }) =>
      nameLines(lines, new RegExp(`^ {4}critical .* ${ports} × 100 Gbps$`)),
    );
    // The first line at the names' indent, the rest two further in
    for (const name of [spaced!, unspaced!, bare!]) {
      expect(name.length).toBeGreaterThan(1);
      expect(name[0]).toMatch(/^ {2}\S/);
      expect(name.slice(1).every((l) => /^ {4}\S/.test(l))).toBe(true);
    }
    // Cut at spaces; a name without any after a '/' or '-', else at the
    // edge
    expect(spaced!.map((l) => l.trim()).join(' ')).toBe(groups[0]!.key);
    expect(unspaced!.map((l) => l.trim()).join('')).toBe(groups[1]!.key);
    expect(unspaced![0]).toBe(
      '  VeryLongTelecommunicationsCompanyInternationalHoldingsLimited/LON-DOCKLANDS-',
    );
    expect(bare!.map((l) => l.trim()).join('')).toBe(BARE);
    expect(bare![0]).toBe(`  ${'x'.repeat(78)}`);
  });
});
