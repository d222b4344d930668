import { describe, expect, it } from 'vitest';
import { emailProse } from '../../helpers/email-prose.ts';
import { notifier, owned, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

describe('notify: a bundle handed back to its first owner as it clears', () => {
  it('resolves to both owners holding its alert, saying it is its first owner’s again', async () => {
    // Prepare: told to emea-peering; handed to noc, whose alert went out
    // while the handover was refused
    await run('2026-11-24', [owned('emea-peering')]);
    notifier.refuse.add('2026-11-25/handover/emea-peering-acme/1');
    await run('2026-11-25', [owned('noc')]);

    // Act: links.csv gives it back to emea-peering, and it clears
    await run('2026-11-26', [{ ...owned('emea-peering'), severity: 'watch' }]);

    // Assess: before, the line said 'from emea-peering to noc.', as if
    // it were noc's now
    const resolved = notifier.accepted.at(-1)!;
    expect(resolved.attributes.owner).toEqual(['emea-peering', 'noc']);
    expect(emailProse(resolved.body)).toContain(
      'Handed over from emea-peering to noc, then to emea-peering.\n',
    );
  });
});
