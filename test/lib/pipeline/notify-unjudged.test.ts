import { describe, expect, it } from 'vitest';
import type { DataQualityReport } from '#lib/domain/quality';
import { notify } from '#lib/pipeline/notify';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { KEY, QUIET } from './notify-unjudged-fixture.ts';

useNotifyFixture();

describe('notify: an alerted bundle the run could not judge', () => {
  it('says so once, with why, to those who got its alert, and alerts it afresh when judged again', async () => {
    // Prepare: Acme's bundle alerted critical on 11-20
    await run('2026-11-20', [group('Acme', 'critical', '2026-12-01')]);

    // Act: two runs without it, then one that judges it critical again
    const ids = async (asOf: string, quality?: DataQualityReport) => {
      const before = notifier.accepted.length;
      await notify(deps, {
        asOf,
        evaluations: [],
        ...(quality ? { quality } : {}),
      });
      return notifier.accepted.slice(before);
    };
    const first = await ids('2026-11-26', QUIET);
    const second = await ids('2026-11-27', QUIET);
    const back = await run('2026-11-28', [
      group('Acme', 'critical', '2026-12-01'),
    ]);

    // Assess: before, its alerts stopped without a word, as if resolved
    expect(first.map((m) => m.subject)).toEqual([
      '[Headroom] Acme: 1 alerted bundle not judged — check its data',
    ]);
    expect(emailProse(first[0]!.body)).toContain(
      `- ${KEY}: last told critical, order by 2026-12-01 on 2026-11-20; ` +
        'no whole day of data in the last two weeks: a2 sent none after 2026-11-05.',
    );
    // Every alert level, as the handover's (notify-unjudged-owners.test.ts)
    expect(first[0]!.attributes).toEqual({
      isp: 'Acme',
      region: 'EMEA',
      severity: ['critical', 'resolved', 'warning'],
      owner: 'emea-peering',
    });
    expect(second).toEqual([]);
    expect(back).toContain(
      '2026-11-28/alert/acme/1 | [Headroom] Acme: 1 critical — order by 2026-12-01',
    );
  });
});
