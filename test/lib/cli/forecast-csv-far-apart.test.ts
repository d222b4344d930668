import { describe, expect, it } from 'vitest';
import { forecastCsv } from '#lib/cli/forecast-csv';
import { longCsv } from './forecast-fixture.ts';

describe('headroom forecast CSV with a value far apart from its series', () => {
  it('forecasts every series of a file with a value over 1e150 times the others of its series, naming its line', () => {
    // Prepare: a glitch of 1e200 on line 32, in the second of three
    // series (it stopped the command, and every series with it)
    const rows = Array.from({ length: 60 }, (_, t) => {
      const ds = new Date(Date.UTC(2024, 0, 1 + t)).toISOString().slice(0, 10);
      return `b,${ds},${t === 30 ? '1e200' : 100 + t}`;
    });
    const text = `series_id,ds,y\n${longCsv('a', 60)}\n${rows.join('\n')}\n${longCsv('c', 60)}\n`;

    // Act
    const { csv, warnings } = forecastCsv(text, 'in.csv', {
      horizon: 3,
      season: 7,
      levels: [80],
    });

    // Assess: b forecast about 160, its interval not of zero width
    const lines = csv.trim().split('\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(
      ['series_id', ...'aaabbbccc'].map(String),
    );
    const [, , mean, lo, hi] = lines[4]!.split(',').map(Number);
    expect(mean).toBeGreaterThan(150);
    expect(mean).toBeLessThan(170);
    expect(hi! - lo!).toBeGreaterThan(0.1);
    expect(warnings.filter((w) => w.includes('out of the fit'))).toEqual([
      "in.csv: series 'b': a value (line 92, 2024-01-31, y=1e+200) left " +
        "out of the fit: too far from most of the series' values for one " +
        'scale to fit both (a glitch, or a unit slip?); remove it or leave ' +
        'it empty',
    ]);
  });
});
