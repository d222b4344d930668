import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { renderQualitySection } from '#lib/report/quality-section';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { summary } from './run-summary-fixture.ts';

describe("formatRunSummary's data-quality counts", () => {
  it("counts the rows in the overview's words and order, not the codes of data-quality.json", async () => {
    // Prepare: the sample's counts, and one of each rarer kind
    const run = summary(EVALUATIONS);
    const totals = {
      duplicate: 7419,
      missing_samples: 64561,
      negative: 59,
      spike: 1631,
      zero: 58264,
      non_finite: 64,
      unknown_link: 36737,
      wrong_partition: 12,
      unaligned: 5,
      capacity_replaced: 3,
    };
    const quality = { ...run.quality, totals };

    // Act
    const text = formatRunSummary({ ...run, quality }, 'index.html');
    const overview = htmlText(
      renderQualitySection(
        fixtureInput({
          dataQuality: { ...fixtureInput().dataQuality, totals },
        }),
      ),
    );

    // Assess: what the overview says each count is, without the cause
    // and the fix it adds; zeros kept in the fit apart from the rows left
    // out of it, as the overview tells them
    const line = consoleParagraph(text, 'Data quality');
    expect(line).toBe(
      'Data quality: bad traffic rows left out of the fit: duplicate 7,419, empty or not finite 64, negative 59, spike 1,631, unknown link 36,737; ' +
        "traffic rows whose ts is not on their dt= folder's day (UTC), left out of the fit: 12; " +
        'zero samples, kept in the fit: 58,264; ' +
        "samples missing at each link's interval: 64,561; " +
        'samples whose time is off their interval on the clock: 5; ' +
        'traffic rows whose capacity_bps was no capacity: 3',
    );
    for (const code of QUALITY_KINDS.filter((k) => k.includes('_'))) {
      expect(line).not.toContain(code);
    }
    for (const words of [
      'Bad traffic rows left out of the fit: duplicate: 7,419 rows; empty or not finite: 64 rows',
      'Zero samples, kept in the fit',
      "Samples missing at each link's interval: 64,561.",
    ]) {
      expect(overview).toContain(words);
    }
  });
});
