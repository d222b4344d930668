import { describe, expect, it } from 'vitest';
import { useNotifyFixture } from './notify-fixture.ts';
import { bodyOf, days } from './notify-held-fixture.ts';

useNotifyFixture();

describe('notify: emails follow the severity the changes list holds', () => {
  it('resolves at once a critical bundle augmented clear of every threshold', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'ok', undefined, 'augmented'],
      ['2026-11-19', 'ok', undefined, 'augmented'],
    ]);

    // Assess
    expect(sent).toEqual({
      '2026-11-17': [
        '2026-11-17/alert/acme/1 | [Headroom] OVERDUE Acme: 1 critical — was due 1 d ago',
      ],
      '2026-11-18': [
        '2026-11-18/resolved/acme/1 | [Headroom] Acme: resolved — 1 bundle no longer needs an order',
      ],
    });
  });

  it('escalates a real rise from warning to critical at once', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'warning', '2026-12-01'],
      ['2026-11-18', 'critical', '2026-11-18'],
    ]);

    // Assess
    expect(sent['2026-11-18']).toEqual([
      '2026-11-18/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-11-18',
    ]);
    expect(bodyOf('2026-11-18/alert/acme/1')).toContain(
      'CRITICAL (escalated from warning)',
    );
  });

  it('re-opens a bundle alerted again after its resolved message', async () => {
    // Prepare / Act
    const sent = await days([
      ['2026-11-17', 'critical', '2026-11-16'],
      ['2026-11-18', 'ok', undefined, 'augmented'],
      ['2026-11-19', 'critical', '2026-11-19', 'augmented'],
    ]);

    // Assess
    expect(sent['2026-11-19']).toHaveLength(1);
    expect(bodyOf('2026-11-19/alert/acme/1')).toContain(
      'CRITICAL (re-opened, resolved earlier)',
    );
  });
});
