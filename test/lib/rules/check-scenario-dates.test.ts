import { describe, expect, it } from 'vitest';
import { checkScenarioDates } from '#lib/rules/check-scenario-dates';
import type { ScenarioEvent } from '#lib/rules/scenario';
import { scenarioNamed } from './apply-scenario-fixture.ts';

describe('checkScenarioDates', () => {
  /** As of 2026-12-04, 365 days: the forecast's last day is 2027-12-03. */
  const check =
    (...events: ScenarioEvent[]) =>
    () =>
      checkScenarioDates(
        scenarioNamed('fra2-outage', ...events),
        '2026-12-04',
        { horizonDays: 365 },
      );

  it("accepts events that overlap the forecast's days, by a day at either end", () => {
    // Prepare / Act
    const overlapping = check(
      {
        kind: 'site-down',
        site: 'FRA2',
        from: '2026-11-01',
        until: '2026-12-05',
      },
      { kind: 'link-down', linkId: 'fra2-acme-pni-1', from: '2027-12-03' },
      { kind: 'demand-multiplier', isp: 'Acme', factor: 2, from: '2020-01-01' },
      { kind: 'event-surge', date: '2026-12-04', factor: 1.5 },
      { kind: 'event-surge', date: '2027-12-03', factor: 1.5 },
    );

    // Assess
    expect(overlapping).not.toThrow();
  });

  it.each([
    {
      event: {
        kind: 'site-down',
        site: 'FRA2',
        from: '2026-11-01',
        until: '2026-12-04',
      },
      field: 'events.0.until',
      value: '2026-12-04',
    },
    {
      event: { kind: 'link-down', linkId: 'l', from: '2027-12-04' },
      field: 'events.0.from',
      value: '2027-12-04',
    },
    {
      event: {
        kind: 'event-surge',
        isp: 'Acme',
        date: '2025-12-18',
        factor: 2,
      },
      field: 'events.0.date',
      value: '2025-12-18',
    },
    {
      event: {
        kind: 'demand-multiplier',
        isp: 'Acme',
        factor: 1.3,
        from: '2028-01-01',
      },
      field: 'events.0.from',
      value: '2028-01-01',
    },
  ] as { event: ScenarioEvent; field: string; value: string }[])(
    'rejects a $event.kind wholly outside them, which would change nothing',
    ({ event, field, value }) => {
      // Act / Assess
      expect(check(event)).toThrow(
        `scenario 'fra2-outage': field '${field}' falls outside the ` +
          "forecast's days (2026-12-04 until 2027-12-04), so it would " +
          `change nothing (got "${value}")`,
      );
    },
  );

  it('counts the planning horizon when it is longer, as the forecasts run', () => {
    // Prepare: planning to 540 days, to 2028-05-26; a multiplier from
    // 2028-01-01 (day 393) sizes the ask, one from 2028-05-27 is past it
    const config = { horizonDays: 365, planningHorizonDays: 540 };
    const multiplier = (from: string) => ({
      kind: 'demand-multiplier' as const,
      isp: 'Acme',
      factor: 3,
      from,
    });

    // Act
    const within = () =>
      checkScenarioDates(
        scenarioNamed('fra2-outage', multiplier('2028-01-01')),
        '2026-12-04',
        config,
      );
    const past = () =>
      checkScenarioDates(
        scenarioNamed('fra2-outage', multiplier('2028-05-27')),
        '2026-12-04',
        config,
      );

    // Assess
    expect(within).not.toThrow();
    expect(past).toThrow(
      "falls outside the forecast's days (2026-12-04 until 2028-05-27)",
    );
  });
});
