import { describe, expect, it } from 'vitest';
import { formatBacktest } from '#lib/cli/format-backtest';
import type { BacktestCase } from '#lib/domain/backtest';
import { addDays } from '#lib/domain/dates';
import { summarizeBacktest } from '#lib/pipeline/summarize-backtest';
import { renderBacktestSection } from '#lib/report/backtest-section';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import {
  fixtureBacktest,
  fixtureSummary,
} from '../../helpers/backtest-result.ts';
import { tableCells, text } from './render-report-fixture.ts';

const HIT: BacktestCase = {
  asOf: '2026-03-01',
  group: 'Acme/LHR1/pni',
  isp: 'Acme',
  severity: 'critical',
  orderNow: true,
  orderByDate: '2026-02-20',
  criticalDate: '2026-06-01',
  criticalDateUpper: '2026-05-20',
  leadTimeDays: 90,
  windowEnd: '2026-06-29',
  actualCrossing: '2026-05-28',
  outcome: 'true-positive',
  errorDays: 4,
  errorDaysUpper: -8,
};
const MISS: BacktestCase = {
  ...HIT,
  group: 'AT&T/FRA1/pni',
  severity: 'watch',
  orderNow: false,
  outcome: 'false-negative',
};
const CASES = [HIT, MISS];
const RESULT = fixtureSummary(CASES);

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

  it('writes precision, recall, F1 and thresholds as the backtest command and the other pages do', () => {
    // Prepare: a PNI critical threshold of 87.5%
    const result = {
      ...fixtureBacktest(CASES),
      thresholds: {
        default: { warning: 0.7, critical: 0.85 },
        pni: { critical: 0.875 },
      },
    };

    // Act
    const summary = formatBacktest(result, 'bt.json');
    const html = renderBacktestSection(summarizeBacktest(result));

    // Assess: the same three decimals on the console, the page's headline
    // and its table by date (1 is 1.000 there too, not 1)
    expect(summary).toContain('Precision 1.000  recall 0.500  F1 0.667');
    expect(text(html)).toContain(
      'Precision 1.000 (alerts followed by a crossing), recall 0.500 ' +
        '(crossings alerted in time), F1 0.667',
    );
    expect(tableCells(html, 'backtest-dates')[0]!.slice(-3)).toEqual([
      '1.000',
      '0.500',
      '0.667',
    ]);
    expect(html).toContain(
      'Thresholds: default warning 70.0%, critical 85.0%; pni critical 87.5%.',
    );
  });

  it('says which way a signed date error points, on the page and the console alike', () => {
    // Prepare: the mean forecast's date 4 days after the crossing, the
    // upper bound's 8 days before it
    const result = fixtureBacktest(CASES);

    // Act
    const summary = formatBacktest(result, 'bt.json');
    const html = text(renderBacktestSection(summarizeBacktest(result)));

    // Assess: the page's intro says a positive signed error of the
    // forecast values is a forecast too high, that is a date too early;
    // a positive date error is a date too late, and both say so
    expect(html).toContain(
      'median error (signed: + when the predicted date came after the ' +
        'crossing, late; − when before it, early): 4 days (signed +4, ' +
        '2 crossings) on the mean forecast, 8 days (signed −8, 2 ' +
        'crossings) on the upper bound.',
    );
    expect(summary).toContain(
      'Critical date vs actual first crossing (median |error|; signed: + ' +
        'when the predicted date came after the crossing, late; − when ' +
        'before it, early): mean forecast 4 days (signed +4, 2 crossings)',
    );
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

describe('renderAccuracy with a backtest', () => {
  it('adds the backtest section to the accuracy page', async () => {
    // Prepare
    const input = { ...fixtureInput(), backtest: RESULT };

    // Act
    const pages = [
      await renderAccuracy(input),
      await renderAccuracy(fixtureInput()),
    ];

    // Assess
    expect(pages.map((p) => p.includes('<strong>F1 0.667</strong>'))).toEqual([
      true,
      false,
    ]);
    expect(pages[1]).toContain('None yet. <code>headroom backtest');
  });

  it('says in a what-if that the backtest is on the real run’s page, not that there is none', async () => {
    // Prepare: a what-if, which publishes no backtest of its own
    const input = fixtureInput({
      scenario: { name: 'Lost LHR1', description: 'LHR1 down.' },
    });

    // Act
    const page = text(await renderAccuracy(input));

    // Assess
    expect(page).not.toContain('None yet');
    expect(page).toContain(
      'Decision backtest Not in a what-if: the decision backtest replays ' +
        'the real decisions on the lake’s history, which a scenario does ' +
        'not change; the latest is on the accuracy page of the real run ' +
        '( reports/latest/accuracy.html ).',
    );
  });
});
