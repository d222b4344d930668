import { describe, expect, it } from 'vitest';
import { formatBacktest } from '#lib/cli/format-backtest';
import { summarizeBacktest } from '#lib/pipeline/summarize-backtest';
import { renderBacktestSection } from '#lib/report/backtest-section';
import { fixtureBacktest } from '../../helpers/backtest-result.ts';
import { CASES } from './backtest-cases-fixture.ts';
import { tableCells, text } from './render-report-fixture.ts';

describe('renderBacktestSection', () => {
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
});
