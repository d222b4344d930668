import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { checkScenarioNames } from '#lib/rules/check-scenario';
import type { ScenarioEvent } from '#lib/rules/scenario';
import { LINKS, scenarioNamed } from './apply-scenario-fixture.ts';

describe('checkScenarioNames', () => {
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
      // A space pasted after an id matches nothing either.
      event: {
        kind: 'link-down',
        linkId: 'fra2-acme-pni-1 ',
        from: '2026-12-01',
      },
      message:
        "scenario 'fra2-outage': field 'events.1.linkId' names no link in " +
        "links.csv, which has 'fra2-acme-pni-1': names match exactly " +
        '(got "fra2-acme-pni-1 ")',
    },
    {
      // A site in another case matches nothing: names match exactly.
      event: { kind: 'site-down', site: 'lhr1', from: '2026-12-01' },
      message:
        "scenario 'fra2-outage': field 'events.1.site' names no site in " +
        'links.csv, which has \'LHR1\': names match exactly (got "lhr1")',
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
      const scenario = scenarioNamed(
        'fra2-outage',
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
