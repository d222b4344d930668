import { describe, expect, it } from 'vitest';
import { streamForecast } from '#lib/cli/stream-forecast';
import { files, rows } from './stream-forecast-fixture.ts';

/** The warnings of the command on one series of `days` days, `--season season`. */
async function warningsOf(days: number, season: number, workers = 1) {
  const { input, output } = await files(
    ['series_id,ds,y', ...rows('a', days, 0), ''].join('\n'),
  );
  const warnings: string[] = [];
  await streamForecast({
    horizon: 3,
    season,
    levels: [80],
    input,
    output,
    workers,
    warn: (w) => warnings.push(w),
  });
  return warnings.map((w) => w.replace(/^.*?: /, ''));
}

describe('streamForecast on a season longer than half the series', () => {
  it.each([1, 2])(
    'says the season is left out of the forecast (%i workers)',
    async (workers) => {
      // Act: 60 days, a season of 31 (two take 62)
      const warnings = await warningsOf(60, 31, workers);

      // Assess
      expect(warnings).toContain(
        "series 'a': 60 days from its first to its last value, fewer than " +
          'two seasons of 31 (--season 31): the engine fits a season from ' +
          'two of them on, so its forecast does not follow this one',
      );
    },
  );

  it('says nothing of a season the series holds twice, or of a short series', async () => {
    // Act: two seasons of 30 in 60 days; 20 days, whose own warning says
    // what its forecast repeats
    const whole = await warningsOf(60, 30);
    const short = await warningsOf(20, 30);

    // Assess
    expect(whole.join('\n')).not.toContain('seasons of');
    expect(short.join('\n')).not.toContain('seasons of');
    expect(short.join('\n')).toContain('short history: 20 observations');
  });
});
