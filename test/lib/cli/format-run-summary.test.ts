import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { summary } from './run-summary-fixture.ts';

describe('formatRunSummary', () => {
  it('says a group already over critical has reached it, as the report does, and dates the others', () => {
    // Prepare: Acme LHR1 at 88 % now; Globex FRA2 below critical
    const evaluations = EVALUATIONS.map((e) =>
      e.key === 'Acme Telecom/LHR1/pni'
        ? { ...e, lastPeakBps: 176e9, utilization: 0.88 }
        : e,
    );

    // Act
    const lines = formatRunSummary(summary(evaluations), 'index.html').split(
      '\n',
    );

    // Assess
    // A group's figures are on the line under its name
    const row = (key: string) => lines[lines.indexOf(`  ${key}`) + 1]!;
    expect(row('Acme Telecom/LHR1/pni')).toMatch(/88\.0%\s+reached\s/);
    expect(row('Globex/FRA2/ix')).toMatch(/\d{4}-\d{2}-\d{2}\s+\S/);
    expect(row('Globex/FRA2/ix')).not.toContain('reached');
  });

  it('says where each order stands as the alert and the overview do: needed now, OVERDUE, due today or the date', () => {
    // Prepare: as of 2026-11-26, Acme LHR1's order-by date 2026-10-04
    // with critical on 2027-01-02 still ahead (a deadline missed); the
    // same over critical now (needed now, the order-by date one lead time
    // ago); Globex FRA2's due today, then on 2026-12-03 ahead
    const lhr1 = EVALUATIONS.find((e) => e.key === 'Acme Telecom/LHR1/pni')!;
    const fra2 = EVALUATIONS.find((e) => e.key === 'Globex/FRA2/ix')!;
    const evaluations = [
      lhr1,
      {
        ...lhr1,
        key: 'Acme Telecom/LHR2/pni',
        lastPeakBps: 176e9,
        utilization: 0.88,
      },
      { ...fra2, key: 'Globex/FRA3/ix', orderByDate: '2026-11-26' },
      fra2,
    ];

    // Act
    const lines = formatRunSummary(summary(evaluations), 'index.html').split(
      '\n',
    );

    // Assess: before, the bare dates 2026-10-04 for both Acme bundles
    const table = lines.slice(lines.indexOf('  GROUP'), lines.indexOf('', 5));
    const names = table.filter((l) => /^ {2}\S/.test(l));
    const figures = table.filter((l) => /^ {4}\S/.test(l));
    expect(names.map((l) => l.trim())).toEqual([
      'GROUP',
      'Acme Telecom/LHR1/pni',
      'Acme Telecom/LHR2/pni',
      'Globex/FRA3/ix',
      'Globex/FRA2/ix',
    ]);
    expect(figures.map((l) => l.trim().split(/ {2,}/).slice(0, 2))).toEqual([
      ['SEVERITY', 'ORDER BY'],
      ['critical', 'OVERDUE 53 d'],
      ['critical', 'needed now'],
      ['warning', 'due today'],
      ['warning', '2026-12-03'],
    ]);
    // The p95 column starts where its header does, the order-by column
    // no wider than its longest cell
    expect(
      new Set(figures.map((l) => l.search(/ (P95|[\d.]+ [kMGT]?bps)/))),
    ).toEqual(new Set([27]));
  });

  it('fits an 80-column terminal: each group named on its own line, its figures beneath, the widest of them included', () => {
    // Prepare: a bundle named at length in links.csv, OVERDUE by 100
    // days, 10 ports of 10 G to add, at 84.99 %: the widest cells
    const lhr1 = EVALUATIONS.find((e) => e.key === 'Acme Telecom/LHR1/pni')!;
    const name = 'Acme Telecom London Docklands private interconnect bundle 1';
    const wide = {
      ...lhr1,
      key: name,
      orderByDate: '2026-08-18',
      criticalDateUpper: '2027-01-02',
      lastPeakBps: 169.98e9,
      capacityBps: 200e9,
      utilization: 0.84996,
      recommendedPorts: 10,
      portBps: 10e9,
    };

    // Act
    const lines = formatRunSummary(summary([wide]), 'index.html').split('\n');

    // Assess: before, the one-line rows were 115 characters wide
    const table = lines.slice(lines.indexOf('  GROUP'), lines.indexOf('', 5));
    expect(table).toEqual([
      '  GROUP',
      '    SEVERITY  ORDER BY       P95       UTIL    CRITICAL (UPPER)  ADD',
      `  ${name}`,
      '    critical  OVERDUE 100 d  170 Gbps  84.99%  2027-01-02        10 × 10.0 Gbps',
    ]);
    for (const l of table) expect(l.length).toBeLessThanOrEqual(80);
  });

  it('says to expedite the planned augment of a bundle needed now with no ask, as the digest does, where it read a bare —', () => {
    // Prepare: Acme LHR1 needed now, its planned +400 Gbps 39 days late
    // and enough once in: no ask
    const lhr1 = EVALUATIONS.find((e) => e.key === 'Acme Telecom/LHR1/pni')!;
    const late = {
      ...lhr1,
      recommendedPorts: 0,
      recommendedAddBps: 0,
      expedite: {
        reference: 'CHG-19621',
        addedBps: 400e9,
        inServiceDate: '2027-01-10',
        byDays: 39,
        targetDate: '2026-12-02',
        askPorts: 0,
        askBps: 0,
      },
    };

    // Act
    const lines = formatRunSummary(summary([late]), 'index.html').split('\n');

    // Assess
    const at = lines.indexOf('  Acme Telecom/LHR1/pni');
    expect(lines[at + 1]).toMatch(/ —$/);
    // within the terminal's 80 columns, where the line was 86
    expect(lines.slice(at + 2, at + 4)).toEqual([
      '    expedite the planned +400 Gbps on 2027-01-10 (CHG-19621, 39 d late): no ask',
      '      on top',
    ]);
  });
});
