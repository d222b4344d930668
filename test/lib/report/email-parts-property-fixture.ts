import type { Evaluation } from '#lib/domain/evaluation';
import { ALERT_END_SEVERITY } from '#lib/report/alert-end-severity';
import { alertFooter } from '#lib/report/email-frame';
import { linksFooter } from '#lib/report/email-links';
import { attributesOf } from '#lib/report/email-message';
import type { PartFrame } from '#lib/report/email-parts';
import type { PartBlock } from '#lib/report/email-pieces';
import { type Rng, wholeBetween } from '#lib/sample/prng';
import {
  EMAIL_CONFIG,
  FRA2_IX,
} from '../../fixtures/rules/email-evaluations.ts';

const ASOF = '2026-11-26';

/** The frames of the emails, and one whose footer lists every group. */
export const FRAMES: Record<string, Omit<PartFrame<Evaluation>, 'maxBytes'>> = {
  alert: {
    header: 'Headroom capacity alert\n\n',
    footer: (m) => alertFooter(m, EMAIL_CONFIG, `reports/${ASOF}`),
    attributes: (m) => attributesOf(m, 'critical'),
  },
  resolved: {
    header: 'Headroom: alerts cleared\n\n',
    footer: (m) => linksFooter(m, EMAIL_CONFIG, ASOF),
    attributes: (m) => attributesOf(m, 'resolved'),
  },
  handover: {
    header: 'Headroom: handed over\n\n',
    footer: (m) => linksFooter(m, EMAIL_CONFIG, ASOF),
    attributes: (m) => ({
      ...attributesOf(m, ALERT_END_SEVERITY),
      owner: 'emea-peering',
    }),
  },
  digest: {
    header: 'Headroom weekly digest\n\n',
    footer: () => '',
    attributes: (m) => ({ ...attributesOf(m, 'digest'), owner: 'noc' }),
  },
  'every group': {
    header: 'H\n',
    footer: (m) => m.map((g) => `L ${g.isp}\n`).join(''),
    attributes: (m) => attributesOf(m, 'warning'),
  },
};

const NAMES = ['Acme', 'Øresund Fiber', 'Bolt "Net"', 'back\\slash', 'Zeta'];

/**
 * A random message: up to `most` groups of a few ISPs (some names
 * shared, some `long`), regions (one empty) and owners, and blocks of
 * lines, some longer than a part.
 */
export function randomBlocks(
  rng: Rng,
  most: number,
  long: number,
): PartBlock<Evaluation>[] {
  const pick = <T>(items: readonly T[]) =>
    items[wholeBetween(rng, 0, items.length - 1)]!;
  const groups = Array.from({ length: wholeBetween(rng, 1, most) }, (_, i) => {
    const isp = `${pick(NAMES)}${'x'.repeat(pick([0, 0, 10, long]))}`;
    return {
      ...FRA2_IX,
      key: `${isp}/S${i}/ix`,
      isp,
      region: pick(['EMEA', 'APAC', '']),
      owner: pick(['emea-peering', 'noc', 'ops']),
    };
  });
  return Array.from({ length: wholeBetween(rng, 0, 30) }, () => {
    const lines = Array.from(
      { length: wholeBetween(rng, 1, 4) },
      () => `- ${pick(['a', 'é', '€']).repeat(wholeBetween(rng, 0, 400))}\n`,
    );
    const mine = Array.from({ length: wholeBetween(rng, 0, 3) }, () =>
      pick(groups),
    );
    // Some open a section or carry its heading, continued (a digest's)
    const heading = pick(['', '', 'Acme\n', `${pick(NAMES)} (continued)\n`]);
    const head = pick([heading, '']);
    return { text: lines.join(''), groups: mine, head, resume: heading };
  });
}
