import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { DailySeries } from '#lib/domain/series';
import { modelSeries, seriesId } from '#lib/pipeline/model-series';
import type { CatalogEntry } from '#lib/pipeline/series-catalog';
import { acmeLink } from '../../helpers/bundle-series.ts';

const config = { ...DEFAULT_CONFIG, horizonDays: 60 };
const line = (days: number, missingAtEnd: number): DailySeries => ({
  level: 'group',
  key: 'g',
  start: '2026-01-01',
  values: Array.from({ length: days }, (_, i) =>
    i >= days - missingAtEnd ? Number.NaN : 100 + i,
  ),
  capacity: Array.from({ length: days }, () => 1000),
});
const entry = (lastDay: string): CatalogEntry => ({
  level: 'group',
  key: 'g',
  links: [],
  lastDay,
  observedDays: 100,
  inventoryCapacityBps: 1000,
});

describe('modelSeries', () => {
  it('aligns the forecast so that day 0 is the as-of date', () => {
    // Prepare: 120 days of an exact line, the last 3 days missing
    const history = line(120, 3);
    const histories = new Map([[seriesId(history), history]]);

    // Act
    const { modelled, stale } = modelSeries(
      [entry('2026-04-27')],
      histories,
      '2026-05-01',
      config,
    );

    // Assess: as-of 2026-05-01 is day 120, where the line is 220
    expect(stale).toEqual([]);
    const forecast = modelled[0]!.forecast;
    expect(forecast.mean).toHaveLength(60);
    expect(forecast.mean[0]).toBeCloseTo(220, 0);
    expect(forecast.warnings.join(' ')).toContain('last 3 days');
  });

  it('says the last day, in the singular, when one day is missing', () => {
    // Prepare: the day before the as-of date missing
    const history = line(120, 1);
    const histories = new Map([[seriesId(history), history]]);

    // Act
    const { modelled } = modelSeries(
      [entry('2026-04-29')],
      histories,
      '2026-05-01',
      config,
    );

    // Assess: before, 'the last 1 day(s) before the as-of date have no data'
    expect(modelled[0]!.forecast.warnings).toContain(
      'the last day before the as-of date has no data',
    );
  });

  it('skips series with no data in the last two weeks as stale', () => {
    // Prepare
    const history = line(120, 20);
    const histories = new Map([[seriesId(history), history]]);

    // Act
    const { modelled, stale } = modelSeries(
      [entry('2026-04-10')],
      histories,
      '2026-05-01',
      config,
    );

    // Assess
    expect(modelled).toEqual([]);
    expect(stale.map((s) => s.key)).toEqual(['g']);
  });

  it('says which of its last days were left out and which have no data', () => {
    // Prepare: a group of links a and b, 120 days; b's last row is day
    // 114, and the group's rows stop at day 117 (the as-of date is day 120)
    const link = (key: string, days: number): DailySeries => ({
      level: 'link',
      key,
      start: '2026-01-01',
      values: Array.from({ length: days }, () => 50),
      capacity: Array.from({ length: days }, () => 500),
      samples: Array.from({ length: days }, () => 288),
    });
    const history = line(118, 0);
    const members = [link('a', 118), link('b', 115)];
    const histories = new Map(
      [history, ...members].map((s) => [seriesId(s), s]),
    );
    const group = {
      ...entry('2026-04-28'),
      links: [acmeLink('a'), acmeLink('b')],
    };

    // Act
    const { modelled } = modelSeries([group], histories, '2026-05-01', config);

    // Assess: days 115–117 were left out, 118–119 never came
    expect(modelled[0]!.forecast.warnings).toContain(
      'the last 5 days before the as-of date have no data or were left ' +
        'out (3, see the note on them)',
    );
  });

  it('names by its date a value set aside as far apart from the rest, for the note by its chart', () => {
    // Prepare: a glitch of 1e200 on 2026-01-31, day 31 of the series
    const history = line(120, 0);
    const values = history.values.map((v, i) => (i === 30 ? 1e200 : v));
    const glitched = { ...history, values };
    const histories = new Map([[seriesId(glitched), glitched]]);

    // Act
    const { modelled } = modelSeries(
      [entry('2026-04-30')],
      histories,
      '2026-05-01',
      config,
    );

    // Assess: before, 'a value (day 31 of the series, y=1e+200)'
    const notes = modelled[0]!.forecast.warnings.filter((w) =>
      w.includes('left out of the fit'),
    );
    expect(notes).toEqual([
      'a value (2026-01-31, y=1e+200) left out of the fit: too far from ' +
        "most of the series' values for one scale to fit both (a glitch, " +
        'or a unit slip?)',
    ]);
  });
});
