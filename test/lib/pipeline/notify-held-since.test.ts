import { describe, expect, it } from 'vitest';
import { emailProse } from '../../helpers/email-prose.ts';
import { notifier, useNotifyFixture } from './notify-fixture.ts';
import { daily } from './notify-held-fixture.ts';

useNotifyFixture();

const bodyOf = (id: string) =>
  emailProse(notifier.accepted.find((m) => m.id === id)?.body ?? '');

describe("notify: an alert's Since line names the fall the changes list holds back", () => {
  it('says a reminder read at warning is still held at critical, with nothing else changed', async () => {
    // Prepare: alerted at critical; six days later the run says warning
    // (its order-by moved, listed, no email); the run after, the same
    await daily('2026-11-10', 'critical', '2026-11-10');
    await daily('2026-11-16', 'warning', '2026-11-20');

    // Act: the weekly reminder, on a run that changed nothing
    const sent = await daily('2026-11-17', 'warning', '2026-11-20');

    // Assess: before, "Since 2026-11-16: no change" under a WARNING to a
    // reader last told critical, whose alert the changes list keeps open
    expect(sent).toEqual([
      '2026-11-17/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-11-20',
    ]);
    expect(bodyOf('2026-11-17/alert/acme/1')).toContain(
      'Since 2026-11-16: no change; held at critical (below it since 2026-11-16; lowered from 2026-11-23 if it stays below)',
    );
  });

  it('says no change alone of a bundle at its held level', async () => {
    // Prepare / Act: critical throughout, the reminder a week on
    await daily('2026-11-10', 'critical', '2026-11-10');
    await daily('2026-11-16', 'critical', '2026-11-12');
    await daily('2026-11-17', 'critical', '2026-11-12');

    // Assess
    expect(bodyOf('2026-11-17/alert/acme/1')).toMatch(
      /Since 2026-11-16: no change\n/,
    );
  });

  it("names the held level in the Monday digest's line of the bundle", async () => {
    // Prepare / Act: alerted at critical; the next Monday's run says warning
    await daily('2026-11-10', 'critical', '2026-11-10');
    await daily('2026-11-16', 'warning', '2026-11-20');

    // Assess: before, WARNING alone, no email having said it fell
    expect(bodyOf('2026-11-16/digest/emea-peering/1')).toMatch(
      /\n {2}FRA2 ix\n {4}warning .*\n {4}held at critical \(alert open\)\n/,
    );
  });
});
