import { describe, expect, it } from 'vitest';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { RESULT } from './backtest-cases-fixture.ts';
import { text } from './render-report-fixture.ts';

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
