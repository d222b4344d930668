import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  group,
  notifier,
  notifyByOwner,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';

useNotifyFixture();

/**
 * An FRA2 IX bundle of `isp` at critical, `owner`'s: named `name` in
 * links.csv, or by its default key.
 */
const bundle = (isp: string, owner: string, name?: string): Evaluation => ({
  ...group(isp, 'critical', '2026-12-20'),
  ...(name === undefined ? {} : { key: name }),
  owner,
});

/** emea-peering's bundles: two ISPs' named without them, Acme's not. */
const told = (owner: string) => [
  bundle('Falcon', owner, 'FRA2 ix bundle 1'),
  bundle('Kappa', owner, 'FRA2 ix bundle 2'),
  bundle('Acme', owner),
];

const cleared = (g: Evaluation): Evaluation => ({
  ...g,
  severity: 'watch',
  orderByDate: '2027-03-01',
});

/** The body of the message the last run sent, wrapped lines joined. */
const lastBody = () => emailProse(notifier.accepted.at(-1)!.body);

describe('notify by owner: a message spanning ISPs says whose each bundle is', () => {
  it('resolves each with its ISP where links.csv named it without', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', told('emea-peering'));

    // Act
    const sent = await run('2026-11-25', told('emea-peering').map(cleared));

    // Assess: before, '- FRA2 ix (FRA2 ix bundle 1): …' and '… bundle
    // 2)': two ISPs' FRA2 IX told apart only by their report links
    expect(sent).toEqual([
      '2026-11-25/resolved/emea-peering/1 | [Headroom] emea-peering: resolved — 3 bundles no longer need an order',
    ]);
    const body = lastBody();
    expect(body).toContain('- FRA2 ix (FRA2 ix bundle 1, Falcon): now watch');
    expect(body).toContain('- FRA2 ix (FRA2 ix bundle 2, Kappa): now watch');
    expect(body).toContain('- FRA2 ix (Acme/FRA2/ix): now watch');
  });

  it('says "not judged" of each with its ISP where links.csv named it without', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', told('emea-peering'));

    // Act: none of them in the run
    await run('2026-11-25', []);

    // Assess
    const body = lastBody();
    expect(body).toContain('- FRA2 ix bundle 1 (Falcon): last told critical');
    expect(body).toContain('- FRA2 ix bundle 2 (Kappa): last told critical');
    expect(body).toContain('- Acme/FRA2/ix: last told critical');
  });

  it('hands each over with its ISP where links.csv named it without', async () => {
    // Prepare
    notifyByOwner();
    await run('2026-11-24', told('emea-peering'));

    // Act: links.csv names noc their owner
    await run('2026-11-25', told('noc'));

    // Assess
    const handover = notifier.accepted.at(-1)!;
    expect(handover.attributes.owner).toBe('emea-peering');
    const body = lastBody();
    expect(body).toContain("- FRA2 ix (FRA2 ix bundle 1, Falcon): now noc's");
    expect(body).toContain("- FRA2 ix (FRA2 ix bundle 2, Kappa): now noc's");
    expect(body).toContain("- FRA2 ix (Acme/FRA2/ix): now noc's");
  });
});
