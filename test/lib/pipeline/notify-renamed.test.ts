import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { group, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

/** The link evaluation of `linkId` in `g`. */
const link = (g: Evaluation, linkId: string): Evaluation => ({
  ...g,
  level: 'link',
  key: linkId,
  group: g.key,
});
/** A bundle of `isp` at `severity` with its links' evaluations. */
const bundle = (
  isp: string,
  severity: Evaluation['severity'],
  links: readonly string[],
) => {
  const g = group(isp, severity, '2026-12-01');
  return [g, ...links.map((id) => link(g, id))];
};

describe('notify: an alerted bundle renamed in links.csv', () => {
  it('is followed when its links are all in one bundle that had no alert', async () => {
    // Prepare
    await run('2026-11-20', bundle('Acme', 'critical', ['a1', 'a2']));

    // Act
    const renamed = await run(
      '2026-11-21',
      bundle('Acme Networks', 'critical', ['a1', 'a2']),
    );

    // Assess: before, "not judged" for Acme and a new alert for Acme Networks
    expect(renamed).toEqual([]);
  });

  it('is not followed when its links were split between two bundles', async () => {
    // Prepare
    await run('2026-11-20', bundle('Acme', 'critical', ['a1', 'a2']));

    // Act
    const split = await run('2026-11-21', [
      ...bundle('Acme North', 'critical', ['a1']),
      ...bundle('Acme South', 'critical', ['a2']),
    ]);

    // Assess
    expect(split.map((m) => m.split(' | ')[1])).toEqual([
      '[Headroom] Acme North: 1 critical — order by 2026-12-01',
      '[Headroom] Acme South: 1 critical — order by 2026-12-01',
      '[Headroom] Acme: 1 alerted bundle not judged — check its data',
    ]);
  });
});
