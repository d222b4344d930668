import { describe, expect, it } from 'vitest';
import { renderQualitySection } from '#lib/report/quality-section';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** The day left out of Boreal's sum, as the run writes it on the sample. */
const NOTE =
  '1 day left out of the forecast, on which its links sent too few ' +
  'samples for a true sum, the last 2026-05-05: a1 sent 0 of 288 ' +
  'samples, a2 sent 277 of 288 samples';

/** The fixture with `each` notes on each of its first `n` series alone. */
function withNotes(n: number, each = 1) {
  const input = fixtureInput();
  const notes = Array.from({ length: each }, () => NOTE);
  const series = input.series.map((s, i) => ({
    ...s,
    forecast: { ...s.forecast, warnings: i < n ? notes : [] },
  }));
  return { ...input, series };
}

describe('renderQualitySection: the forecast notes', () => {
  it('lists each note apart, where commas ran one into the next', () => {
    // Prepare
    const input = withNotes(2);
    const [first, second] = input.series.map((s) => s.key);

    // Act
    const html = renderQualitySection(input);

    // Assess: before, '… a2 sent 277 of 288 samples, Initech/AMS1/cache:
    // 1 day …', the second series read as one more link of the first
    const listed = html.split('<li>Forecast notes (2):<ul>')[1]!;
    const items = listed.split('</ul>')[0]!.split('</li>').slice(0, -1);
    expect(items.map(htmlText)).toEqual([
      `${first}: ${NOTE}`,
      `${second}: ${NOTE}`,
    ]);
  });

  it('shows the first 20 notes and says how many more', () => {
    // Prepare
    const input = withNotes(7, 4);
    const notes = input.series.flatMap((s) => s.forecast.warnings);

    // Act
    const html = renderQualitySection(input);

    // Assess
    expect(notes.length).toBeGreaterThan(20);
    const listed = html.split('Forecast notes')[1]!.split('</ul>')[0]!;
    expect(listed.match(/<li>/g)).toHaveLength(21);
    expect(listed).toContain(`<li>and ${notes.length - 20} more</li>`);
  });
});
