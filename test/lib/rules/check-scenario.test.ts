import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import {
  checkScenarioDates,
  checkScenarioNames,
} from '#lib/rules/check-scenario';
import type { Scenario, ScenarioEvent } from '#lib/rules/scenario';
import { LINK_A } from './series-fixture.ts';

const LINKS = [LINK_A, { ...LINK_A, linkId: 'fra2-acme-pni-1', site: 'FRA2' }];

const scenarioOf = (...events: ScenarioEvent[]): Scenario => ({
  name: 'fra2-outage',
  events,
});

describe('checkScenarioNames', () => {
  it('accepts events that name links, sites and ISPs of the inventory', () => {
    // Prepare
    const scenario = scenarioOf(
      { kind: 'link-down', linkId: 'fra2-acme-pni-1', from: '2026-12-01' },
      { kind: 'site-down', site: 'LHR1', from: '2026-12-01' },
      {
        kind: 'demand-multiplier',
        isp: 'Acme',
        factor: 1.3,
        from: '2027-01-01',
      },
      { kind: 'event-surge', isp: 'Acme', date: '2026-12-20', factor: 1.6 },
      { kind: 'event-surge', date: '2026-12-21', factor: 1.1 },
    );

    // Act
    const check = () => checkScenarioNames(scenario, LINKS);

    // Assess
    expect(check).not.toThrow();
  });

  it.each([
    {
      event: {
        kind: 'link-down',
        linkId: 'lhr1-acme-pni-2',
        from: '2026-12-01',
      },
      message:
        "scenario 'fra2-outage': field 'events.1.linkId' names no link in " +
        'links.csv (got "lhr1-acme-pni-2")',
    },
    {
      event: { kind: 'site-down', site: 'lhr1', from: '2026-12-01' },
      message:
        "scenario 'fra2-outage': field 'events.1.site' names no site in " +
        'links.csv (got "lhr1")',
    },
    {
      event: {
        kind: 'demand-multiplier',
        isp: 'Acme Telecom',
        factor: 1.3,
        from: '2027-01-01',
      },
      message:
        "scenario 'fra2-outage': field 'events.1.isp' names no ISP in " +
        'links.csv (got "Acme Telecom")',
    },
    {
      event: {
        kind: 'event-surge',
        isp: 'Nordlink',
        date: '2026-12-18',
        factor: 1.6,
      },
      message:
        "scenario 'fra2-outage': field 'events.1.isp' names no ISP in " +
        'links.csv (got "Nordlink")',
    },
  ] as { event: ScenarioEvent; message: string }[])(
    'rejects $event.kind naming what the inventory lacks, instead of assuming it silently',
    ({ event, message }) => {
      // Prepare
      const scenario = scenarioOf(
        { kind: 'site-down', site: 'FRA2', from: '2026-12-01' },
        event,
      );

      // Act
      let error: unknown;
      try {
        checkScenarioNames(scenario, LINKS);
      } catch (caught) {
        error = caught;
      }

      // Assess
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(message);
    },
  );
});

describe('checkScenarioDates', () => {
  /** As of 2026-12-04, 365 days: the forecast's last day is 2027-12-03. */
  const check =
    (...events: ScenarioEvent[]) =>
    () =>
      checkScenarioDates(scenarioOf(...events), '2026-12-04', {
        horizonDays: 365,
      });

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
        scenarioOf(multiplier('2028-01-01')),
        '2026-12-04',
        config,
      );
    const past = () =>
      checkScenarioDates(
        scenarioOf(multiplier('2028-05-27')),
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
