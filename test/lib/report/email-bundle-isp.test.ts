import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message } from '#lib/domain/message';
import { renderHandoverMessage } from '#lib/report/email-handover';
import { renderResolvedMessage } from '#lib/report/email-resolved';
import {
  renderUnjudgedMessage,
  type UnjudgedGroup,
} from '#lib/report/email-unjudged';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

const AS_OF = '2026-11-30';
const CONFIG = {
  ...EMAIL_CONFIG,
  notify: { ...EMAIL_CONFIG.notify, by: 'owner' as const },
};

/** A bundle of emea-peering's, at ok now: named by links.csv or not. */
const bundle = (isp: string, key: string, site = 'DXB1'): Evaluation => ({
  ...LHR1_PNI,
  isp,
  key,
  site,
  linkType: 'cache',
  severity: 'ok',
  orderByDate: undefined,
});

/**
 * One owner's bundles of three ISPs: two named in links.csv without
 * their ISP ('DXB1 cache bundle 1'), at one site and link type; one by
 * the default key; one named with its ISP's name, in other case.
 */
const FALCON = bundle('Falcon', 'DXB1 cache bundle 1');
const KAPPA = bundle('Kappa Networks', 'DXB1 cache bundle 2');
const ACME = bundle('Acme', 'Acme/LHR1/cache', 'LHR1');
const ACME_EAST = bundle('Acme', 'ACME LHR1 east', 'LHR1');
const ALL = [FALCON, KAPPA, ACME, ACME_EAST];

const unjudged = (g: Evaluation): UnjudgedGroup => ({
  ...g,
  severity: 'critical',
  notifiedOn: '2026-11-20',
  reason: 'no traffic in the last two weeks',
});

/** Its body, wrapped lines joined; and no line over 78 but a link alone. */
function prose(messages: readonly Message[]): string {
  const [message] = messages;
  const long = message!.body
    .split('\n')
    .filter((l) => [...l].length > 78 && !/^<https:\S+>$/.test(l));
  expect(long).toEqual([]);
  return emailProse(message!.body);
}

describe('resolved, not judged and handover by owner: each bundle names its ISP', () => {
  it('names the ISP of a bundle whose links.csv name does not, once', () => {
    // Act
    const resolved = prose(
      renderResolvedMessage({
        asOf: AS_OF,
        unit: 'emea-peering',
        groups: ALL,
        config: CONFIG,
      }),
    );

    // Assess: before, '(DXB1 cache bundle 1)' and '(DXB1 cache bundle
    // 2)': two DXB1 caches of ISPs only the footer's links named
    expect(resolved).toContain(
      '- DXB1 cache (DXB1 cache bundle 1, Falcon): now ok,',
    );
    expect(resolved).toContain(
      '- DXB1 cache (DXB1 cache bundle 2, Kappa Networks): now ok,',
    );
    expect(resolved).toContain('- LHR1 cache (Acme/LHR1/cache): now ok,');
    expect(resolved).toContain('- LHR1 cache (ACME LHR1 east): now ok,');
  });

  it('says "not judged" of each with its ISP where the key does not name it', () => {
    // Act
    const text = prose(
      renderUnjudgedMessage({
        asOf: AS_OF,
        unit: 'emea-peering',
        groups: ALL.map(unjudged),
        config: CONFIG,
      }).messages,
    );

    // Assess
    expect(text).toContain(
      '- DXB1 cache bundle 1 (Falcon): last told critical',
    );
    expect(text).toContain(
      '- DXB1 cache bundle 2 (Kappa Networks): last told critical',
    );
    expect(text).toContain('- Acme/LHR1/cache: last told critical');
    expect(text).toContain('- ACME LHR1 east: last told critical');
  });

  it('hands each over with its ISP where the key does not name it', () => {
    // Act
    const text = prose(
      renderHandoverMessage({
        asOf: AS_OF,
        from: 'emea-peering',
        unit: 'noc',
        groups: ALL.map((g) => ({
          group: { ...g, owner: 'noc', severity: 'warning' as const },
          toldSeverity: 'warning' as const,
          notifiedOn: '2026-11-20',
        })),
        config: CONFIG,
      }).messages,
    );

    // Assess
    expect(text).toContain(
      "- DXB1 cache (DXB1 cache bundle 1, Falcon): now noc's, warning;",
    );
    expect(text).toContain(
      "- DXB1 cache (DXB1 cache bundle 2, Kappa Networks): now noc's,",
    );
    expect(text).toContain("- LHR1 cache (Acme/LHR1/cache): now noc's,");
    expect(text).toContain("- LHR1 cache (ACME LHR1 east): now noc's,");
  });
});
