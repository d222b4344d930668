import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { describeScenario, scenarioBreaks } from '#lib/rules/describe-scenario';
import { parseScenario } from '#lib/rules/scenario';
import { SCENARIO_TEXT as TEXT } from '../../fixtures/rules/scenario-text.ts';

describe('describeScenario', () => {
  it('says in one sentence what the scenario assumes', () => {
    // Prepare
    const scenario = parseScenario(TEXT, 'final.json');

    // Act
    const text = describeScenario(scenario);

    // Assess
    expect(text).toBe(
      'What if LHR1 fails before the final: site LHR1 down from 2026-12-01 ' +
        'until 2026-12-08; link fra2-acme-pni-1 down from 2026-12-01; Acme ' +
        'demand ×1.3 from 2027-01-01; all ISPs demand ×1.8 on 2026-12-20; ' +
        'Acme demand ×1.1 on 2026-12-21. Checks the UK bundles.',
    );
  });
});

describe('scenarioBreaks', () => {
  it('lists the groups that would break, earliest first', () => {
    // Prepare
    const base = {
      level: 'group',
      isp: 'Acme',
      site: 'LHR1',
      n1Ok: true,
    } as Evaluation;
    const evaluations = [
      { ...base, key: 'Acme/LHR1/ix', criticalDateUpper: '2026-12-05' },
      {
        ...base,
        key: 'Acme/LHR1/pni',
        criticalDateUpper: '2026-12-01',
        fullDateUpper: '2026-12-01',
        fullDate: '2026-12-03',
        n1Ok: false,
        n1BreachDate: '2026-11-26',
      },
      { ...base, key: 'Acme/FRA2/pni', site: 'FRA2' },
      { ...base, level: 'isp', key: 'Acme', criticalDateUpper: '2026-12-01' },
    ] as Evaluation[];

    // Act
    const lines = scenarioBreaks(evaluations, '2026-11-26');

    // Assess
    expect(lines).toEqual([
      'Acme/LHR1/pni (LHR1): full from 2026-12-01 (expected 2026-12-03); ' +
        'critical from 2026-12-01; N-1 fails now',
      'Acme/LHR1/ix (LHR1): stays under 100%; critical from 2026-12-05',
    ]);
  });

  it('words N-1 as the reports do: "fails now" on or before the as-of date, "fails from" a later date, "at risk now" for a peak that fits today', () => {
    // Prepare: before, 'N-1 lost <date>' for each, the as-of date, a
    // one-link bundle's (which has no N-1 to lose) and a bundle down
    // today's (which the pages say is down) included
    const base = {
      level: 'group',
      isp: 'Acme',
      site: 'LHR1',
      criticalDateUpper: '2027-03-01',
      memberLinks: 3,
    } as Evaluation;
    const evaluations = [
      { ...base, key: 'a', n1Ok: false, n1BreachDate: '2026-11-26' },
      { ...base, key: 'b', n1Ok: false, n1BreachDate: '2026-11-20' },
      { ...base, key: 'c', n1Ok: true, n1BreachDate: '2027-01-04' },
      { ...base, key: 'd', n1Ok: true, n1BreachDate: '2026-11-26' },
      {
        ...base,
        key: 'e',
        n1Ok: false,
        n1BreachDate: '2026-11-26',
        memberLinks: 1,
      },
      { ...base, key: 'f', n1Ok: true },
      {
        ...base,
        key: 'g',
        n1Ok: false,
        n1BreachDate: '2026-12-17',
        capacityBps: 0,
        outages: [{ from: '2026-11-20', until: '2026-12-17' }],
      },
    ] as Evaluation[];

    // Act
    const n1 = scenarioBreaks(evaluations, '2026-11-26').map(
      (line) => line.match(/; (N-1 .*)$/)?.[1],
    );

    // Assess
    expect(n1).toEqual([
      'N-1 fails now',
      'N-1 fails now',
      'N-1 fails from 2027-01-04',
      'N-1 at risk now',
      undefined,
      undefined,
      'N-1 none: the whole bundle is down in this what-if',
    ]);
  });
});
