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
    const base = { level: 'group', isp: 'Acme', site: 'LHR1' } as Evaluation;
    const evaluations = [
      { ...base, key: 'Acme/LHR1/ix', criticalDateUpper: '2026-12-05' },
      {
        ...base,
        key: 'Acme/LHR1/pni',
        criticalDateUpper: '2026-12-01',
        fullDateUpper: '2026-12-01',
        fullDate: '2026-12-03',
        n1BreachDate: '2026-11-26',
      },
      { ...base, key: 'Acme/FRA2/pni', site: 'FRA2' },
      { ...base, level: 'isp', key: 'Acme', criticalDateUpper: '2026-12-01' },
    ] as Evaluation[];

    // Act
    const lines = scenarioBreaks(evaluations);

    // Assess
    expect(lines).toEqual([
      'Acme/LHR1/pni (LHR1): full from 2026-12-01 (expected 2026-12-03); ' +
        'critical from 2026-12-01; N-1 lost 2026-11-26',
      'Acme/LHR1/ix (LHR1): stays under 100%; critical from 2026-12-05',
    ]);
  });
});
