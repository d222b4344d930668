import { describe, expect, it } from 'vitest';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { renderQualitySection } from '#lib/report/quality-section';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('renderQualitySection', () => {
  it('tells the rows left out of the fit from the zeros it keeps and the samples that never came', () => {
    // Prepare: one of every kind the rollup counts
    const input = fixtureInput();
    const totals = Object.fromEntries(
      QUALITY_KINDS.map((kind, i) => [kind, 1000 + i]),
    );
    const dataQuality = { ...input.dataQuality, totals };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '<li>Bad traffic rows left out of the fit: duplicate: 1,002 rows; ' +
        'empty or not finite: 1,000 rows; negative: 1,001 rows; spike: 1,003 rows; ' +
        'unknown link: 1,005 rows.</li>' +
        "<li>Traffic rows whose ts is not on their dt= folder's day (UTC), " +
        'left out of the fit: a collector that cuts folders by local days ' +
        "puts hours of the day before or after in each, west of UTC the evening's " +
        'peak; write dt= as the UTC day of ts: 1,007.</li>' +
        '<li>Zero samples, kept in the fit (an outage or an idle link reads as zero): 1,004.</li>' +
        "<li>Samples missing at each link's interval: 1,006.</li>" +
        "<li>Samples from a second poller, off their link's grid, kept in the fit: the link was polled twice all day (:01, :06, … beside :00, :05, …), as while a poller is being replaced; its missing samples are counted at its own interval; stop the old poller once the new one is trusted: 1,010.</li>" +
        "<li>Samples whose time is off their interval on the clock: off the minute (00:05:03), moved to the nearest minute so that they add up with their bundle's other links, or minutes late (00:07 for a 5-minute link); fix the poller's clock: 1,008.</li>",
    );
  });
});
