import { describe, expect, it } from 'vitest';
import { notifier, useNotifyFixture } from './notify-fixture.ts';
import { daily, savedAcme } from './notify-held-fixture.ts';

useNotifyFixture();

describe('notify: an escalation the notifier refused', () => {
  it('is told to the critical subscription when the bundle is critical again', async () => {
    // Prepare: alerted at warning; the escalation to critical refused;
    // the next run at warning, which the changes list still holds at
    // critical
    await daily('2026-11-17', 'warning', '2026-12-01');
    notifier.refuse.add('Acme');
    await daily('2026-11-18', 'critical', '2026-11-18');
    notifier.refuse.clear();
    const dip = await daily('2026-11-19', 'warning', '2026-11-25');

    // Act
    const sent = await daily('2026-11-20', 'critical', '2026-11-20');

    // Assess: before, 11-19 sent 'escalated from warning' reading
    // WARNING, at severity warning, recorded critical as told, and 11-20
    // sent nothing: no message ever reached a critical subscription
    expect(dip).toEqual([]);
    expect(sent).toEqual([
      '2026-11-20/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-20',
    ]);
    const told = notifier.accepted.at(-1)!;
    expect(told.attributes.severity).toBe('critical');
    expect(told.body).toContain('CRITICAL (escalated from warning)');
    expect(await savedAcme()).toEqual([2, 'critical']);
  });

  it('records what a first alert told, not the held level it did not say', async () => {
    // Prepare: the first alert, at critical, refused; the next run at
    // warning (held critical) sends it as new, reading WARNING
    notifier.refuse.add('Acme');
    await daily('2026-11-17', 'critical', '2026-11-17');
    notifier.refuse.clear();
    const first = await daily('2026-11-18', 'warning', '2026-11-25');

    // Act
    const sent = await daily('2026-11-19', 'critical', '2026-11-19');

    // Assess: before, the state took critical as told on 11-18 and 11-19
    // sent nothing
    expect(first).toEqual([
      '2026-11-18/alert/acme/1 | [Headroom] Acme: 1 warning — order by 2026-11-25',
    ]);
    expect(sent).toEqual([
      '2026-11-19/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-19',
    ]);
    expect(notifier.accepted.at(-1)?.attributes.severity).toBe('critical');
  });
});
