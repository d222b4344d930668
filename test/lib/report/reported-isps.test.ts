import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  groupsByIsp,
  linksByGroup,
  reportedIsps,
} from '#lib/report/reported-isps';
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

describe('linksByGroup', () => {
  it('lists each group its own member links, in input order, and nothing else', () => {
    // Prepare: links of two groups interleaved with group and ISP rows
    const link = (key: string, group: string) => ({
      ...at('link', 'Acme', key),
      group,
    });
    const evaluations: Evaluation[] = [
      link('lhr1-2', 'Acme/LHR1/pni'),
      at('group', 'Acme', 'Acme/LHR1/pni'),
      link('lhr1-east-1', 'Acme LHR1 east'),
      at('isp', 'Acme', 'Acme'),
      link('lhr1-1', 'Acme/LHR1/pni'),
    ];

    // Act
    const byGroup = linksByGroup(evaluations);

    // Assess
    const keys = (group: string) => byGroup.get(group)?.map((e) => e.key);
    expect([...byGroup.keys()]).toEqual(['Acme/LHR1/pni', 'Acme LHR1 east']);
    expect(keys('Acme/LHR1/pni')).toEqual(['lhr1-2', 'lhr1-1']);
    expect(keys('Acme LHR1 east')).toEqual(['lhr1-east-1']);
  });
});

describe('reportedIsps: an ISP no shard summarised', () => {
  it('is partial with its bundles alone, and whole with its own series', () => {
    // Prepare: Acme with a bundle and no series of its own; Beta with
    // both
    const evaluations: Evaluation[] = [
      at('group', 'Acme', 'Acme/FRA2/ix'),
      at('group', 'Beta', 'Beta/FRA2/ix'),
      at('isp', 'Beta', 'Beta'),
    ];

    // Act
    const [acme, beta] = reportedIsps({ isps: [], evaluations });

    // Assess
    expect(acme?.partial).toEqual({ groups: 1 });
    expect(beta?.partial).toBeUndefined();
  });
});
