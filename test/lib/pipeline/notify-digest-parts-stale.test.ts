import { describe, expect, it } from 'vitest';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import { longBundles } from './notify-parts-fixture.ts';

useNotifyFixture();

describe("notify: a digest in parts left unfinished, the next week's digest", () => {
  it('goes on the first run of the week with something to tell', async () => {
    // Prepare: 11-30's digest (a Monday) in parts, part 2 refused all week
    notifier.refuse.add('2026-11-30/digest/emea-peering/2');
    await run('2026-11-30', longBundles('watch'));
    notifier.refuse.clear();

    // Act: the next Monday every bundle is ok (nothing to tell); the
    // Tuesday they are at watch again
    const monday = await run('2026-12-07', longBundles('ok'));
    const tuesday = await run('2026-12-08', longBundles('watch'));

    // Assess: before, the earlier week's note made Monday's empty digest
    // count as sent, and the week had none
    expect(monday).toEqual([]);
    const digests = tuesday.filter((m) => m.includes('/digest/'));
    expect(digests[0] ?? 'no digest').toMatch(
      /^2026-12-08\/digest\/emea-peering\/1 \| \[Headroom\] weekly digest emea-peering: 600 watch/,
    );
  });
});
