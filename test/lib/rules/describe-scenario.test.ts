import { describe, expect, it } from 'vitest';
import { describeScenario } from '#lib/rules/describe-scenario';
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

  it('ends a description written without a full stop with one, before the banner goes on', () => {
    // Prepare: README's example, "FRA1 lost for a week in the December peak"
    const scenario = {
      ...parseScenario(TEXT, 'final.json'),
      description: 'FRA1 lost for a week in the December peak',
    };

    // Act
    const text = describeScenario(scenario);

    // Assess: before, the banner read '… in the December peak These
    // figures are a what-if, not the plan.'
    expect(text.endsWith(' FRA1 lost for a week in the December peak.')).toBe(
      true,
    );
    expect(describeScenario({ ...scenario, description: 'Why not?' })).toMatch(
      / Why not\?$/,
    );
  });
});
