import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import type { RunSummary } from '#lib/pipeline/run-pipeline';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';

/**
 * A run at the extremes, as of 2026-11-26: an order-by date 1,425 days
 * gone with 12.3 Tbps of traffic, a bundle at 112.3 % of its capacity
 * asking for 120 ports, stages of hours, counts in the tens of
 * thousands, every part of the data-quality line, the traffic stopped a
 * week before and a rerun's notifications.
 */
const EXTREME: RunSummary = {
  runId: '2026-11-26T060000',
  asOf: '2026-11-26',
  folder: 'reports/2026-11-26',
  rollup: { ...EMPTY_ROLLUP, seconds: 12345.6 },
  evaluations: [
    {
      ...ACME_LHR1,
      orderByDate: '2023-01-01',
      lastPeakBps: 12.3e12,
      capacityBps: 16e12,
      utilization: 0.769,
      recommendedPorts: 12,
      portBps: 400e9,
      expedite: undefined,
    },
    {
      ...ACME_LHR1,
      key: 'Globex Communications/FRA2/transit',
      lastPeakBps: 12.34e12,
      capacityBps: 11e12,
      utilization: 1.1234,
      criticalDateUpper: '2025-12-01',
      orderByDate: '2025-09-01',
      recommendedPorts: 120,
      portBps: 400e9,
      expedite: undefined,
    },
  ],
  severities: { critical: 1234, warning: 5678, watch: 9012, ok: 34567 },
  quality: {
    from: '2024-11-26',
    to: '2026-11-26',
    totals: { spike: 123456, negative: 2345, zero: 345678, duplicate: 45678 },
    byLink: [],
    unknownLinks: ['lhr1-unknown-pni-1'],
    missingDays: ['2025-01-01', '2025-01-02'].concat(
      [19, 20, 21, 22, 23, 24, 25].map((d) => `2026-11-${d}`),
    ),
    firstTrafficDay: '2024-11-26',
    silentLinks: ['fra2-silent-1', 'fra2-silent-2', 'fra2-silent-3'],
  },
  notifications: {
    dryRun: false,
    messages: [],
    sent: 1234,
    failed: 5678,
    skipped: 9012,
    failures: [],
  },
  seconds: 9876.5,
};

describe("formatRunSummary's width", () => {
  it('keeps every line of a run at the extremes within 80 columns, its figures all there', () => {
    // Act
    const text = formatRunSummary(EXTREME, 'out/reports/latest/index.html');

    // Assess: before, the first line was 97 columns, the rows 80 and 81,
    // the data-quality line 317, the notifications' 88
    const lines = text.split('\n');
    const widest = Math.max(...lines.map((l) => [...l].length));
    expect(widest).toBeLessThanOrEqual(80);
    expect(lines.slice(1, 4)).toEqual([
      'Headroom as of 2026-11-26 (run 2026-11-26T060000)',
      'Times: rollup 12345.6 s, forecast and report 9876.5 s',
      'Groups: 1234 critical, 5678 warning, 9012 watch, 34567 ok',
    ]);
    const table = lines.slice(lines.indexOf('  GROUP'));
    expect(table.slice(0, 7)).toEqual([
      '  GROUP',
      '    SEVERITY  ORDER BY        P95        UTIL    CRITICAL    ADD',
      '                                                 (UPPER)',
      '  Acme Telecom/LHR1/pni',
      '    critical  OVERDUE 1425 d  12.3 Tbps  76.9%   2027-01-02  12 × 400 Gbps',
      '  Globex Communications/FRA2/transit',
      '    critical  needed now      12.3 Tbps  112.3%  reached     120 × 400 Gbps',
    ]);
    expect(consoleParagraph(lines, 'Data:')).toBe(
      'Data: no traffic in the 7 days before this run, after 2026-11-18: ' +
        'the figures are as of then.',
    );
    expect(consoleParagraph(lines, 'Data quality')).toBe(
      'Data quality: bad traffic rows left out of the fit: duplicate ' +
        '45,678, negative 2,345, spike 123,456; zero samples, kept in the ' +
        'fit: 345,678; 1 link not in the inventory: lhr1-unknown-pni-1; 2 ' +
        'earlier days with no traffic; 3 inventory links with no traffic in ' +
        'the window (see data-quality.json): fra2-silent-1, fra2-silent-2, ' +
        'fra2-silent-3',
    );
    expect(consoleParagraph(lines, 'Notifications')).toBe(
      'Notifications: 1234 sent, 5678 failed, 9012 sent already by an ' +
        'earlier run for this date',
    );
  });

  it('cuts the data-quality line at a space, never between a count and its word', () => {
    // Act
    const lines = formatRunSummary(EXTREME, 'index.html').split('\n');

    // Assess: 'negative' ending one line and '2,345' starting the next
    // read as two figures
    const at = lines.findIndex((l) => l.startsWith('Data quality'));
    expect(lines.slice(at, at + 3)).toEqual([
      'Data quality: bad traffic rows left out of the fit: duplicate 45,678,',
      '  negative 2,345, spike 123,456; zero samples, kept in the fit: 345,678; 1 link',
      '  not in the inventory: lhr1-unknown-pni-1; 2 earlier days with no traffic;',
    ]);
  });

  it('cuts between numeric link ids, keeping the line within 80 columns', () => {
    // Prepare: circuit ids of digits only, as many operators number them
    const ids = [0, 1, 2, 3, 4, 5, 6].map((i) => `${4400012300 + i}`);
    const run = {
      ...EXTREME,
      quality: { ...EXTREME.quality, unknownLinks: ids, silentLinks: ids },
    };

    // Act
    const lines = formatRunSummary(run, 'index.html').split('\n');

    // Assess: before, the ids were glued at their commas into lines of
    // 95 and 91 columns
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(
      80,
    );
    expect(consoleParagraph(lines, 'Data quality')).toContain(
      '7 links not in the inventory: 4400012300, 4400012301, 4400012302, ' +
        '4400012303, 4400012304 and 2 more;',
    );
  });
});
