import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { renderBacktestSection } from '#lib/report/backtest-section';
import { fixtureSummary } from '../../helpers/backtest-result.ts';
import { HIT, MISS, RESULT } from './backtest-cases-fixture.ts';

describe('renderBacktestSection', () => {
  it('shows the scores, the dates and the misses, escaped', () => {
    // Act
    const html = renderBacktestSection(RESULT);

    // Assess
    expect(html).toContain('<h2 id="backtest">Decision backtest</h2>');
    expect(html).toContain('<strong>Precision 1.000</strong>');
    expect(html).toContain('<strong>recall 0.500</strong>');
    expect(html).toContain('<strong>F1 0.667</strong>');
    expect(html).toContain('4 days (signed +4, 2 crossings) on the mean');
    expect(html).toContain('8 days (signed −8, 2 crossings) on the upper');
    expect(html).toContain(
      'Thresholds: default warning 70.0%, critical 85.0%.',
    );
    expect(html).toContain('AT&amp;T/FRA1/pni');
    expect(html).toContain('crossing, no alert');
    expect(html).not.toContain('>Acme/LHR1/pni<');
    expect(html).toContain('<p>1 miss.</p>');
  });

  it('counts the misses of a fleet, lists the 200 most relevant and links the file of all', () => {
    // Prepare: 600 crossings missed and 600 alerts wrong over 30 dates
    const misses = Array.from({ length: 1200 }, (_, i) => ({
      ...(i % 2 === 0 ? MISS : { ...HIT, outcome: 'false-positive' as const }),
      asOf: addDays('2026-01-01', (i % 30) * 7),
      group: `ISP${i}/SITE/pni`,
    }));
    const summary = fixtureSummary([HIT, ...misses]);

    // Act
    const html = renderBacktestSection(summary, 'backtest-misses.csv');

    // Assess
    expect(html).toContain(
      '<p><strong>1,200 misses</strong>; the table lists the 200 most relevant: crossings without an alert first, then alerts without a crossing, the latest as-of dates first. Every miss is in <a href="backtest-misses.csv">backtest-misses.csv</a> (CSV).</p>',
    );
    const rows = html.split('<table id="backtest-misses"')[1]!.split('<tr>');
    expect(rows).toHaveLength(1 + 1 + 200);
    expect(rows.slice(2).every((r) => r.includes('crossing, no alert'))).toBe(
      true,
    );
    // The crossings missed fall on 15 dates, 40 a date: the latest first.
    expect(rows[2]).toContain('2026-07-16');
    expect(rows[41]).toContain('2026-07-16');
    expect(rows[42]).toContain('2026-07-02');
  });

  it('says one date, one day and one crossing in the singular', () => {
    // Prepare: one as-of date, one crossing predicted a day late
    const hit = { ...HIT, errorDays: 1, errorDaysUpper: -1 };
    const one = { ...fixtureSummary([hit]), everyDays: 1 };

    // Act
    const html = renderBacktestSection(one);

    // Assess
    expect(html).toContain('replayed at 1 past as-of date, ');
    expect(html).toContain('every 1 day, on the history');
    expect(html).toContain('over 1 scored group-date (0 open)');
    expect(html).toContain('1 day (signed +1, 1 crossing) on the mean');
    expect(html).toContain('1 day (signed −1, 1 crossing) on the upper');
  });

  it('tells how to make one when the store has no backtest', () => {
    // Act
    const html = renderBacktestSection(undefined);

    // Assess
    expect(html).toContain('<h2 id="backtest">Decision backtest</h2>');
    expect(html).toContain('None yet. <code>headroom backtest --lake');
    expect(html).toContain('<code>state/backtest.json</code>');
    expect(html).toContain(
      'On AWS the monthly backtest (the state machine <code>headroom-STAGE-backtest</code>) writes it on the 2nd of each month.',
    );
    expect(html).not.toContain('Precision');
  });
});
