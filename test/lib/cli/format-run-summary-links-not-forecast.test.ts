import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { summary } from './run-summary-fixture.ts';

describe('formatRunSummary and links whose traffic was all set aside', () => {
  it('says their samples were set aside, not that no data came', () => {
    // Prepare: a1's every sample of two weeks set aside as spikes (a
    // collector writing capacities in kbps), so its group and link went
    // stale; lhr1-gone-1 vanished
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      totals: { spike: 4032 },
      staleSeries: ['link:a1', 'group:Acme/LHR1/pni', 'link:lhr1-gone-1'],
      setAsideLinks: [
        {
          linkId: 'a1',
          series: ['link:a1', 'group:Acme/LHR1/pni', 'isp:Acme'],
        },
      ],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess: "no data for two weeks" sent the user to the delivery of
    // traffic, which came; only the vanished link is said to have none
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: bad traffic rows left out of the fit: spike 4,032; not forecast, every sample of the last two weeks set aside (spike, negative or not finite; see data-quality.json): a1, nor link:a1, group:Acme/LHR1/pni; ' +
        'not forecast, no data for two weeks: link:lhr1-gone-1',
    );
  });
});

describe('formatRunSummary and a link whose traffic stopped', () => {
  it('names it with its last day, and its bundle not forecast for want of whole days', () => {
    // Prepare: a2 stopped three weeks ago; its group's days since were
    // left out, so the group went stale, as did a2's own series
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      staleSeries: ['link:a2', 'group:Acme/LHR1/pni'],
      quietLinks: [
        {
          linkId: 'a2',
          lastDay: '2026-11-05',
          series: ['group:Acme/LHR1/pni', 'isp:Acme'],
        },
      ],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess: the group has data, only not whole: "no data" would be wrong
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      "Data quality: no bad rows; 1 link whose traffic stopped, their bundles' days since left out of the forecast where over 10% of their traffic: a2 (last 2026-11-05); " +
        'not forecast, no whole day for two weeks: group:Acme/LHR1/pni; ' +
        'not forecast, no data for two weeks: link:a2',
    );
  });

  it('names a link retired in links.csv whose traffic still came since', () => {
    // Prepare
    const run = summary(EVALUATIONS);
    const quality = {
      ...run.quality,
      trafficAfterRetirement: [
        { linkId: 'a2', retiredOn: '2026-11-05', lastDay: '2026-11-25' },
      ],
    };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');

    // Assess
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: no bad rows; 1 link retired in links.csv still sending, counted in their bundles, not forecast: a2 (retired 2026-11-05, last 2026-11-25)',
    );
  });
});
