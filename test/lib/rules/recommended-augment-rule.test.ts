import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { evaluateSeries } from '#lib/rules/evaluate-series';
import { BASE_INPUT, G, linearForecast } from './series-fixture.ts';

describe('recommended augment', () => {
  it.each([
    // capacity 200 G, warning 0.5: need upper / 0.5 − 200 G.
    { upper: 100, ports: 0, port: 100 },
    { upper: 150, ports: 1, port: 100 },
    { upper: 200, ports: 2, port: 100 },
    { upper: 200.5, ports: 3, port: 100 },
    { upper: 200, ports: 5, port: 40 },
    { upper: 201, ports: 6, port: 40 },
  ])(
    'orders $ports ports of $port G for a $upper G upper bound',
    ({ upper, ports, port }) => {
      // Prepare
      const links = BASE_INPUT.links.map((l) => ({
        ...l,
        warning: 0.5,
        critical: 0.8,
        portBps: port * G,
      }));
      const forecast = linearForecast(upper, 0, 0);

      // Act
      const e = evaluateSeries({ ...BASE_INPUT, links, forecast });

      // Assess
      expect([e.recommendedPorts, e.recommendedAddBps]).toEqual([
        ports,
        ports * port * G,
      ]);
    },
  );

  it('looks only as far as the planning horizon', () => {
    // Prepare: upper 120 + 0.2 i; 90 days: max 137.8 G < 140 G.
    const config = { ...DEFAULT_CONFIG, planningHorizonDays: 90 };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, config });

    // Assess
    expect(e.recommendedPorts).toBe(0);
  });

  it('ignores days the forecast could not fill', () => {
    // Prepare: day 100 is after the lead time (90 days), so it would count.
    const base = linearForecast(150, 0, 0);
    const upper = base.mean.map((v, i) => (i === 100 ? Number.NaN : v));
    const forecast = { ...base, upper: { 80: upper } };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, forecast });

    // Assess: 150 / 0.7 = 214.3 G − 200 G → 1 port.
    expect(e.recommendedPorts).toBe(1);
  });

  it('counts no day before an order placed today could be in service', () => {
    // Prepare: upper 150 G; 150 / 0.7 = 214.3 G > 200 G until +100 G
    // lands on day 30, long before today + 90 days of lead time.
    const augments = [
      {
        group: 'Acme/LHR1/pni',
        inServiceDate: addDays('2026-01-01', 30),
        addedBps: 100 * G,
        reference: 'CHG-30',
      },
    ];
    const forecast = linearForecast(130, 0, 20);

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, augments, forecast });

    // Assess: 0 ports, where counting days 0–29 asked for 1.
    expect([e.recommendedPorts, e.recommendedAddBps]).toEqual([0, 0]);
  });

  it('counts the planning horizon’s last days when the lead time ends past it', () => {
    // Prepare: 60 planning days, lead time 90; upper 150 G + 0.2 G a day,
    // 161.8 G on day 59: 161.8 / 0.7 − 200 = 31.1 G short.
    const config = { ...DEFAULT_CONFIG, planningHorizonDays: 60 };
    const forecast = linearForecast(130, 0.2, 20);

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, config, forecast });

    // Assess
    expect([e.recommendedPorts, e.recommendedAddBps]).toEqual([1, 100 * G]);
  });

  it('counts the planning horizon’s last week, not a weekend trough on its last day, when the lead time ends past it', () => {
    // Prepare: 60 planning days, lead time 90; upper 150 G on weekdays
    // (150 / 0.7 = 214.3 G > 200 G: 1 port), 120 G on the two quiet days
    // of each week, of which day 59, the horizon's last, is one.
    const config = { ...DEFAULT_CONFIG, planningHorizonDays: 60 };
    const base = linearForecast(130, 0, 20);
    const upper = base.mean.map(
      (_, i) => (i % 7 === 3 || i % 7 === 4 ? 120 : 150) * G,
    );
    const forecast = { ...base, upper: { 80: upper } };

    // Act
    const e = evaluateSeries({ ...BASE_INPUT, config, forecast });

    // Assess: the busy days of the last week count, whatever weekday the
    // horizon ends on.
    expect([e.recommendedPorts, e.recommendedAddBps]).toEqual([1, 100 * G]);
  });
});
