import { describe, expect, it } from 'vitest';
import { deps, useNotifyFixture } from './notify-fixture.ts';
import {
  ALERT,
  HANDOVER,
  perAddress,
  sns,
  toldToFormer,
  toNoc,
} from './notify-handover-sns-fixture.ts';
import { notifier, useMockedSns } from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

describe('notify over SNS: a handover refused, then SNS working', () => {
  it('sends each address the alert once and the handover once', async () => {
    // Prepare: noc's alert accepted on 11-25, the handover refused
    const first = await toldToFormer();
    sns((input) => (input.Subject ?? '').includes('handed over'));
    await toNoc({ ...deps, notifier }, '2026-11-25');

    // Act
    sns(() => false);
    await toNoc({ ...deps, notifier }, '2026-11-26');
    await toNoc({ ...deps, notifier }, '2026-11-27');

    // Assess: before, noc's addresses received its alert again on 11-26
    expect(first).toBe(ALERT);
    expect(perAddress()).toEqual({
      'emea-peering critical+warning': [HANDOVER],
      'emea-peering all': [HANDOVER],
      'noc critical+warning': [ALERT],
      'noc all': [ALERT],
    });
  });
});
