import { describe, expect, it } from 'vitest';
import { part2Refused, siteBundles } from './notify-alert-parts-fixture.ts';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

/** A bundle of Acme newly critical, beside the others. */
const FRESH = { ...siteBundles(1)[0]!, site: 'FRA9', key: 'Acme/FRA9/ix' };

describe('notify: an alert in parts, its accepted part fallen to warning the next day', () => {
  // With another bundle alerted on 11-26, that alert lists them at
  // warning, as a new alert lists every bundle at risk
  const UNSENT = ', where it fell on 2026-11-26 without an email';
  it.each([
    ['nothing else to tell of Acme', [], UNSENT],
    ['another bundle of Acme alerted', [FRESH], ''],
  ])(
    'tells the rise back to critical as an escalation (%s)',
    async (_, others, fall) => {
      // Prepare: part 2 refused on 11-25; on 11-26 part 1's bundles fall
      // to warning (no email), part 2's clear
      const { stayed, cleared } = await part2Refused();
      const lowered = stayed.map((g) => ({
        ...g,
        severity: 'warning' as const,
        orderByDate: undefined,
      }));
      await run('2026-11-26', [...lowered, ...cleared, ...others]);

      // Act: on 11-27 they are critical again
      const next = await run('2026-11-27', [...stayed, ...cleared, ...others]);

      // Assess: before, no email: the marks' clearing put back the
      // entries as told on 11-25, critical, and the fall was forgotten
      const n = stayed.length + others.length;
      expect(next[0] ?? 'no email').toMatch(
        `2026-11-27/alert/acme/1 | [Headroom] Acme: ${n} critical — order by 2026-12-20`,
      );
      const told = notifier.accepted
        .filter((m) => m.id.startsWith('2026-11-27/'))
        .map((m) => m.body)
        .join('\n');
      const escalated = told.match(/escalated from warning[^)\n]*/g);
      expect(escalated).toEqual(
        stayed.map(() => `escalated from warning${fall}`),
      );
    },
  );
});
