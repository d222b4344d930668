import { describe, expect, it } from 'vitest';
import { forecastCsv } from '#lib/cli/forecast-csv';
import { InputError } from '#lib/errors';
import { longCsv } from './forecast-fixture.ts';

describe('headroom forecast CSV', () => {
  it('writes one row per series and day with a column pair per level', () => {
    // Prepare
    const text = `series_id,ds,y\n${longCsv('a', 200)}\n${longCsv('b', 100)}\n`;

    // Act
    const { csv, warnings } = forecastCsv(text, 'in.csv', {
      horizon: 3,
      season: 7,
      levels: [80, 95],
    });

    // Assess
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('series_id,ds,mean,lo80,hi80,lo95,hi95');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^a,2024-07-19,/);
    expect(lines[4]).toMatch(/^b,2024-04-10,/);
    expect(warnings).toEqual([]);
  });

  it('forecasts a too-short series with a warning naming it', () => {
    // Prepare
    const text = `series_id,ds,y\n${longCsv('tiny', 5)}\n`;

    // Act
    const { csv, warnings } = forecastCsv(text, 'in.csv', {
      horizon: 2,
      season: 7,
      levels: [90],
    });

    // Assess
    expect(csv.split('\n')[0]).toBe('series_id,ds,mean,lo90,hi90');
    expect(warnings[0]).toMatch(/in\.csv: series 'tiny': short history/);
  });

  it.each([
    [
      'a missing column',
      'id,ds,y\na,2024-01-01,1\n',
      /a required column the header lacks/,
    ],
    [
      "statsforecast's unique_id",
      'unique_id,ds,y\na,2024-01-01,1\n',
      /is a required column the header lacks: the header has 'unique_id', as other tools name it; name it 'series_id' \(the series\)/,
    ],
    [
      'a column written otherwise',
      'Series ID,ds,y\na,2024-01-01,1\n',
      /the header has 'Series ID'; name it 'series_id' \(column names are lowercase/,
    ],
    ['a bad date', 'series_id,ds,y\na,01/02/2024,1\n', /line 2.*'ds'/],
    ['a non-number', 'series_id,ds,y\na,2024-01-01,x\n', /line 2.*'y'/],
    ['broken quoting', 'series_id,ds,y\n"a,2024-01-01,1\n', /not a CSV/],
  ])('rejects %s with an InputError', (_label, text, message) => {
    // Act
    const act = () =>
      forecastCsv(text, 'in.csv', { horizon: 1, season: 7, levels: [80] });

    // Assess
    expect(act).toThrow(InputError);
    expect(act).toThrow(message);
  });

  it.each([1e200, 1e-200])(
    'writes the forecast of a series times %s as its forecast times it',
    (factor) => {
      // Prepare
      const text = `series_id,ds,y\n${longCsv('a', 200)}\n`;
      const scaled = text.replace(/[\d.]+$/gm, (y) => String(+y * factor));
      const options = { horizon: 30, season: 7, levels: [80, 95] };

      // Act
      const plain = forecastCsv(text, 'in.csv', options).csv;
      const times = forecastCsv(scaled, 'in.csv', options).csv;

      // Assess: same rows, each number times the factor within 1e-9
      const cells = (csv: string) =>
        csv
          .trim()
          .split('\n')
          .slice(1)
          .map((row) => row.split(','));
      const expected = cells(plain);
      const got = cells(times);
      expect(got.map((r) => r.slice(0, 2))).toEqual(
        expected.map((r) => r.slice(0, 2)),
      );
      got.forEach((row, i) => {
        row.slice(2).forEach((cell, k) => {
          const want = Number(expected[i]![k + 2]) * factor;
          expect(Math.abs(Number(cell) / want - 1)).toBeLessThan(1e-9);
        });
      });
      expect(Number(got[0]![6]) - Number(got[0]![5])).toBeGreaterThan(0);
    },
  );

  it('rejects a series too large to forecast, naming its line, field and value', () => {
    // Prepare: rising to 1.69e308 on line 61, so its forecast passes the
    // largest double (it was written as NaN)
    const rows = Array.from({ length: 60 }, (_, t) => {
      const ds = new Date(Date.UTC(2024, 0, 1 + t)).toISOString().slice(0, 10);
      return `big,${ds},${1e308 * (1 + t / 85)}`;
    });
    const text = `series_id,ds,y\n${rows.join('\n')}\n`;

    // Act
    const act = () =>
      forecastCsv(text, 'in.csv', { horizon: 30, season: 7, levels: [80] });

    // Assess
    expect(act).toThrow(InputError);
    expect(act).toThrow(
      "in.csv, line 61: field 'y' series 'big': too large to forecast: its " +
        'forecast exceeds the largest number a double holds (about 1.8e308) ' +
        '(got 1.6941176470588235e+308)',
    );
  });
});
