import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { groupsByIsp } from '#lib/report/reported-isps';
import { FRA2_IX } from '../../fixtures/rules/email-evaluations.ts';

const at = (level: Evaluation['level'], isp: string, key: string) => ({
  ...FRA2_IX,
  level,
  isp,
  key,
});

describe('groupsByIsp', () => {
  it('lists each ISP its own groups, in input order, and nothing else', () => {
    // Prepare: groups of two ISPs interleaved with link and ISP rows
    const evaluations: Evaluation[] = [
      at('group', 'Beta', 'Beta/FRA2/ix'),
      at('link', 'Acme', 'acme-link-1'),
      at('group', 'Acme', 'Acme/LHR1/pni'),
      at('isp', 'Acme', 'Acme'),
      at('group', 'Beta', 'Beta/AMS1/cache'),
      at('group', 'Acme', 'Acme/FRA2/ix'),
    ];

    // Act
    const byIsp = groupsByIsp(evaluations);

    // Assess
    const keys = (isp: string) => byIsp.get(isp)?.map((e) => e.key);
    expect([...byIsp.keys()]).toEqual(['Beta', 'Acme']);
    expect(keys('Acme')).toEqual(['Acme/LHR1/pni', 'Acme/FRA2/ix']);
    expect(keys('Beta')).toEqual(['Beta/FRA2/ix', 'Beta/AMS1/cache']);
  });
});
