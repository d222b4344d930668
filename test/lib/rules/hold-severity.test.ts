import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { heldFall } from '#lib/rules/hold-severity';
import { daily, group, PLANNED } from './compute-changes-fixture.ts';

const at = (
  severity: Evaluation['severity'],
  more: Partial<Evaluation> = {},
): Evaluation => ({ ...group, severity, orderByDate: '2027-03-01', ...more });

/** The held severity of each daily run from 2026-11-19 on. */
const heldOf = (days: readonly Evaluation[]) =>
  daily('2026-11-19', days).map((r) => r.state[0]!.severity);

describe('holdSeverity over daily runs', () => {
  it('restarts the streak below a level at a run back at that level, not the streak above it', () => {
    // Prepare: critical, then watch for three days, warning on 11-23,
    // watch from 11-24 on
    const days = [
      at('critical', { orderByDate: '2026-11-19' }),
      ...[1, 2, 3].map(() => at('watch')),
      at('warning', { orderByDate: '2026-12-10' }),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map(() => at('watch')),
    ];
    // Act
    const held = heldOf(days);
    // Assess: below critical since 11-20, so warning on 11-27; below
    // warning since 11-24 (not 11-20), so watch on 12-01
    expect(held).toEqual([
      ...['critical', 'critical', 'critical', 'critical'],
      ...['critical', 'critical', 'critical', 'critical'],
      ...['warning', 'warning', 'warning', 'warning', 'watch'],
    ]);
  });

  it('counts the clearance on the run whose capacity rose, not on a later one', () => {
    // Prepare: the augment in service on 11-20 leaves the bundle critical
    // (its traffic stepped up); on 11-21 the run says watch, clear of
    // every boundary, with the capacity of the day before
    const doubled = { capacityBps: 2 * group.capacityBps };
    const days = [
      at('critical', { orderByDate: '2026-11-19' }),
      at('critical', { ...doubled, orderByDate: '2026-11-20' }),
      at('watch', doubled),
    ];
    // Act
    const held = heldOf(days);
    // Assess: the fall on 11-21 waits its week
    expect(held).toEqual(['critical', 'critical', 'critical']);
  });

  it('does not count a cancelled augment as one that clears the bundle', () => {
    // Prepare: an augment planned on 11-19 is taken out of augments.csv
    // on 11-20, where the run's forecast swings clear of warning
    const days = [
      at('warning', { orderByDate: '2026-12-10', plannedAugments: [PLANNED] }),
      at('watch', { orderByDate: '2027-06-01' }),
    ];
    // Act
    const held = heldOf(days);
    // Assess: no capacity came, so the fall waits its week
    expect(held).toEqual(['warning', 'warning']);
  });

  it.each([
    ['2026-11-18', ['critical', 'watch']],
    ['2026-11-10', ['critical', 'critical']],
  ])(
    'counts a fall at once on the run that reads a link retired on %s as gone with its traffic, only within the week',
    (retiredOn, expected) => {
      // Prepare: critical on 11-19; on 11-20 the days after a2's
      // retirement show its traffic gone, and the bundle reads ok
      const days = [
        at('critical', { orderByDate: '2026-11-19' }),
        at('ok', {
          orderByDate: undefined,
          trafficGone: [{ linkId: 'a2', retiredOn }],
        }),
      ];
      // Act
      const held = heldOf(days);
      // Assess: a retirement read long after it explains no new fall
      expect(held).toEqual(expected);
    },
  );

  it('counts the fall at once only on the first run that reads the traffic gone', () => {
    // Prepare: on 11-20 the run reads a2's traffic gone but the bundle is
    // still critical (a surge); on 11-21 it falls to ok
    const gone = { trafficGone: [{ linkId: 'a2', retiredOn: '2026-11-18' }] };
    const days = [
      at('critical', { orderByDate: '2026-11-19' }),
      at('critical', { orderByDate: '2026-11-20', ...gone }),
      at('ok', { orderByDate: undefined, ...gone }),
    ];
    // Act
    const held = heldOf(days);
    // Assess: the retirement explained no fall on its run; this one waits
    // its week, as any other
    expect(held).toEqual(['critical', 'critical', 'critical']);
  });
});

describe('heldFall', () => {
  it('holds a fall only at a severity at risk (warning or critical), not at watch', () => {
    // Prepare: below each since 2026-11-20, confirmed after 7 days
    const rule = { confirmDays: 7 };
    const below = {
      belowSince: { warning: '2026-11-20', watch: '2026-11-20' },
    };

    // Act
    const warning = heldFall({ severity: 'warning', ...below }, rule);
    const watch = heldFall({ severity: 'watch', ...below }, rule);

    // Assess: watch has no alert open to hold
    expect(warning).toEqual({
      held: { since: '2026-11-20', until: '2026-11-27' },
    });
    expect(watch).toEqual({});
  });
});
