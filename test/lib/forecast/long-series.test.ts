import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { seriesFromRecords } from '#lib/forecast/long-series';
import { isoDay } from '#lib/forecast/parse-day';

const HEADER = ['series_id', 'ds', 'y'];

describe('seriesFromRecords', () => {
  it('builds regular daily series with NaN for absent and empty days', () => {
    // Prepare
    const records = [
      ['y', 'ds', 'series_id'],
      ['5', '2024-01-03', 'a'],
      ['3', '2024-01-01', 'a'],
      ['', '2024-01-04', 'a'],
      ['1', '2024-02-29', 'b'],
    ];

    // Act
    const series = seriesFromRecords(records, 'in.csv');

    // Assess
    expect(series.map((s) => s.id)).toEqual(['a', 'b']);
    expect(isoDay(series[0]!.start)).toBe('2024-01-01');
    expect(series[0]!.values).toEqual([3, Number.NaN, 5, Number.NaN]);
  });

  it('ignores a column of its own whose name holds a no-break space', () => {
    // Prepare: an exogenous column named in a spreadsheet pasted from a
    // web page, which headroom forecast does not read
    const records = [
      [...HEADER, 'Promo\u00a0flag'],
      ['a', '2024-01-01', '3', '1'],
    ];

    // Act: it was refused, "must not contain a no-break space"
    const series = seriesFromRecords(records, 'in.csv');

    // Assess
    expect(series.map((s) => [s.id, s.values])).toEqual([['a', [3]]]);
  });

  it('names the zero-width space in a column it reads', () => {
    // Act / Assess: `series_id` + U+200B read as series_id missing
    expect(() =>
      seriesFromRecords([['series_id\u200b', 'ds', 'y']], 'in.csv'),
    ).toThrow(
      "in.csv, line 1: field 'series_id\\u200b' must not contain a " +
        'zero-width space (U+200B)',
    );
  });

  it.each([
    [
      [['series_id', 'ds']],
      /in\.csv, line 1: field 'y' is a required column the header lacks/,
    ],
    [[HEADER, ['a', '2024-13-01', '1']], /line 2: field 'ds'.*series 'a'/],
    // A day the calendar lacks, or a spreadsheet's date: it said only
    // "not a date YYYY-MM-DD", as the pipeline's inputs no longer do
    [
      [HEADER, ['a', '2024-02-30', '1']],
      /not a date YYYY-MM-DD: February 2024 has days 01 to 29 \(got "2024-02-30"\)$/,
    ],
    [
      [HEADER, ['a', '01.12.2026', '1']],
      /not a date YYYY-MM-DD: write 2026-12-01 \(got/,
    ],
    [[HEADER, ['a', 'yesterday', '1']], /not a date/],
    // Hourly rows: it said only "not a date YYYY-MM-DD"
    [
      [HEADER, ['a', '2024-01-01 01:00:00', '1']],
      /field 'ds' series 'a': not a date YYYY-MM-DD: it has a time of day, and the engine forecasts daily series, one row a day/,
    ],
    // Daily rows at midnight with a zone (pandas' tz-aware index) or
    // milliseconds: it said they had a time of day, to sum by day
    [
      [HEADER, ['a', '2024-01-01 00:00:00+00:00', '1']],
      /not a date YYYY-MM-DD: write the day alone, 2024-01-01 \(got "2024-01-01 00:00:00\+00:00"\)$/,
    ],
    [
      [HEADER, ['a', '2024-01-01T00:00:00.000Z', '1']],
      /not a date YYYY-MM-DD: write the day alone, 2024-01-01 \(got/,
    ],
    // A day that does not exist, at midnight: it was said to have a time
    // of day
    [
      [HEADER, ['a', '2024-02-30 00:00:00', '1']],
      /series 'a': not a date YYYY-MM-DD \(got "2024-02-30 00:00:00"\)$/,
    ],
    [[HEADER, ['a', '2024-01-01', 'ten']], /line 2: field 'y'.*not a number/],
    [
      [HEADER, ['a', '2024-01-01', '0x10']],
      /line 2: field 'y' series 'a': not a number in decimal notation/,
    ],
    // As a spreadsheet displays a number: it said only "not a number"
    [
      [HEADER, ['a', '2024-01-01', '1,5']],
      /field 'y' series 'a': not a number: write 1\.5, with a decimal point \(got "1,5"\)/,
    ],
    [
      [HEADER, ['a', '2024-01-01', '１０４']],
      /not a number: write 104, in ASCII digits \(it has fullwidth ones\)/,
    ],
    [
      [HEADER, ['a', '2024-01-01', '1e400']],
      /line 2: field 'y' series 'a': out of range: beyond the largest/,
    ],
    [
      [HEADER, ['a', '2024-01-01', '1'], ['a', '2024-01-01', '2']],
      /line 3: field 'ds' series 'a': duplicate day/,
    ],
  ])('rejects bad input %# naming file, line and field', (records, msg) => {
    // Act
    const act = () => seriesFromRecords(records, 'in.csv');

    // Assess
    expect(act).toThrow(InputError);
    expect(act).toThrow(msg);
  });
});
