import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '#lib/cli/format-run-summary';
import { EVALUATIONS } from '../../fixtures/report/report-input.ts';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { summary } from './run-summary-fixture.ts';

describe('formatRunSummary on a lake younger than 28 days', () => {
  const lakeFrom = (firstTrafficDay: string) => {
    const run = summary(EVALUATIONS);
    return { ...run, quality: { ...run.quality, firstTrafficDay } };
  };

  it('says under the counts that growth is not forecast yet, where its 8 bundles read ok without a word', () => {
    // Prepare: the run of 2026-11-26 on a lake whose traffic began 3 days
    // before
    const run = lakeFrom('2026-11-23');

    // Act
    const text = formatRunSummary(run, 'index.html');

    // Assess
    expect(consoleParagraph(text, 'Young lake')).toBe(
      'Young lake: traffic since 2026-11-23, 3 days. Until a series has 28 days, its ' +
        'forecast repeats its last week (or the days it has) with no trend: growth is ' +
        'forecast from 28 days on.',
    );
    for (const line of text.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(80);
    }
  });

  it('says nothing of it from 28 days of traffic on', () => {
    // Act
    const text = formatRunSummary(lakeFrom('2026-10-29'), 'index.html');

    // Assess
    expect(text).not.toContain('Young lake');
  });
});
