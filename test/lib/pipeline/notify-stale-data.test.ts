import { describe, expect, it } from 'vitest';
import type { DataQualityReport } from '#lib/domain/quality';
import { notify } from '#lib/pipeline/notify';
import { emailProse } from '../../helpers/email-prose.ts';
import { deps, group, notifier, useNotifyFixture } from './notify-fixture.ts';

useNotifyFixture();

/** A lake whose last traffic was 2026-11-04: 2026-11-05 on had none. */
const quality = (asOf: string): DataQualityReport => ({
  from: '2025-01-01',
  to: asOf,
  firstTrafficDay: '2025-01-01',
  totals: {},
  byLink: [],
  unknownLinks: [],
  missingDays: ['05', '06', '07', '08', '09']
    .map((d) => `2026-11-${d}`)
    .filter((d) => d < asOf),
});

describe('notify: traffic that stopped days before the run', () => {
  it('says so in the alert, the weekly digest and the resolved message of the run', async () => {
    // Prepare: 2026-11-09 is a Monday, the digest's day; Acme is
    // critical, then back at watch the next day

    // Act
    await notify(deps, {
      asOf: '2026-11-09',
      evaluations: [group('Acme', 'critical', '2026-11-01')],
      quality: quality('2026-11-09'),
    });
    await notify(deps, {
      asOf: '2026-11-10',
      evaluations: [group('Acme', 'watch', '2027-03-01')],
      quality: quality('2026-11-10'),
    });

    // Assess
    // The lines within 78 characters, wrapped: joined here
    const lines = notifier.accepted.map((m) => [
      m.id,
      emailProse(m.body)
        .replace(/\n(?=are as of then)/, ' ')
        .split('\n')
        .find((l) => l.includes('Data:'))
        ?.trim(),
    ]);
    expect(lines).toEqual([
      [
        '2026-11-09/alert/acme/1',
        'Data:             no traffic in the 4 days before this run, after 2026-11-04: the figures are as of then.',
      ],
      [
        '2026-11-09/digest/emea-peering/1',
        'Data: no traffic in the 4 days before this run, after 2026-11-04: the figures are as of then.',
      ],
      [
        '2026-11-10/resolved/acme/1',
        'Data: no traffic in the 5 days before this run, after 2026-11-04: the figures are as of then.',
      ],
    ]);
  });
});
