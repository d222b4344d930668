import { describe, expect, it } from 'vitest';
import { checkScenarioNames } from '#lib/rules/check-scenario';
import { LINKS, scenarioNamed } from './apply-scenario-fixture.ts';
import { LINK_A } from './series-fixture.ts';

describe('checkScenarioNames', () => {
  it('accepts events that name links, sites and ISPs of the inventory', () => {
    // Prepare
    const scenario = scenarioNamed(
      'fra2-outage',
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

  it("names the scenario's file and the line of the event's field", () => {
    // Prepare
    const scenario = scenarioNamed('fra2-outage', {
      kind: 'site-down',
      site: 'FRA9',
      from: '2026-12-01',
    });
    const text = JSON.stringify(scenario, null, 2); // "site" on line 6
    const source = { file: 'fra2.json', text };

    // Act / Assess
    expect(() => checkScenarioNames(scenario, LINKS, source)).toThrow(
      "fra2.json, line 6: field 'events.0.site' names no site in links.csv " +
        '(got "FRA9")',
    );
  });

  it('rejects a link-down of a link retired by the date: it would change nothing', () => {
    // Prepare: fra2's link retired before the what-if's date
    const links = [LINK_A, { ...LINKS[1]!, retiredOn: '2026-11-20' }];
    const scenario = scenarioNamed('fra2-outage', {
      kind: 'link-down',
      linkId: 'fra2-acme-pni-1',
      from: '2026-12-05',
    });

    // Act / Assess: its site too, since FRA2 has no link left
    expect(() =>
      checkScenarioNames(scenario, links, undefined, '2026-12-04'),
    ).toThrow(
      "scenario 'fra2-outage': field 'events.0.linkId' names a link " +
        'links.csv retires by 2026-12-04 (retired_on): its capacity no ' +
        'longer counts, so the event would change nothing (got ' +
        '"fra2-acme-pni-1")',
    );
    const site = scenarioNamed('fra2-outage', {
      kind: 'site-down',
      site: 'FRA2',
      from: '2026-12-05',
    });
    expect(() =>
      checkScenarioNames(site, links, undefined, '2026-12-04'),
    ).toThrow(
      "field 'events.0.site' names a site links.csv retires by 2026-12-04",
    );
    expect(() =>
      checkScenarioNames(site, links, undefined, '2026-11-19'),
    ).not.toThrow();
  });
});
