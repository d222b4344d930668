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
  it('names a bundle gone from the run, and one set aside, by their own reasons', async () => {
    // Prepare: two ISPs' bundles alerted; Kappa's link sent spikes only
    await run('2026-11-20', [
      group('Acme', 'warning', '2026-12-20'),
      group('Kappa', 'critical', '2026-12-01'),
    ]);
    const quality: DataQualityReport = {
      ...QUIET,
      staleSeries: ['group:Kappa/FRA2/ix'],
      quietLinks: [],
      setAsideLinks: [
        {
          linkId: 'k1',
          series: ['link:k1', 'group:Kappa/FRA2/ix', 'isp:Kappa'],
        },
      ],
    };

    // Act
    await notify(deps, { asOf: '2026-11-26', evaluations: [], quality });

    // Assess
    const bodies = notifier.accepted.slice(-2).map((m) => emailProse(m.body));
    expect(bodies[0]).toContain(
      '- Acme/FRA2/ix: last told warning, order by 2026-12-20 on 2026-11-20; ' +
        'not in this run: gone from links.csv, or no traffic in the window.',
    );
    expect(bodies[1]).toContain(
      '- Kappa/FRA2/ix: last told critical, order by 2026-12-01 on 2026-11-20; ' +
        'every sample of a link of it in the last two weeks was set aside',
    );
  });

  it('says a bundle whose every link links.csv retires is retired, not gone from links.csv', async () => {
    // Prepare: Acme's bundle alerted, then decommissioned (retired_on)
    await run('2026-11-20', [group('Acme', 'critical', '2026-12-01')]);
    const quality: DataQualityReport = {
      ...QUIET,
      staleSeries: [],
      quietLinks: [],
      retiredSeries: [`group:${KEY}`, 'isp:Acme'],
    };

    // Act
    await notify(deps, { asOf: '2026-11-26', evaluations: [], quality });

    // Assess: before, 'not in this run: gone from links.csv, or no
    // traffic in the window'
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      '- Acme/FRA2/ix: last told critical, order by 2026-12-01 on 2026-11-20; ' +
        'every link of it retired in links.csv (retired_on): no longer forecast.',
    );
  });

  it('says beside why that a link not in links.csv reads like its links', async () => {
    // Prepare: the bundle's links went quiet while a2-new, its id like
    // theirs, sends (its traffic moved to a port links.csv lacks)
    await run('2026-11-20', [group('Acme', 'critical', '2026-12-01')]);
    const quality: DataQualityReport = {
      ...QUIET,
      unknownLinks: ['fra2-acme-ix-new-1'],
      likelyMembers: [
        {
          linkId: 'fra2-acme-ix-new-1',
          group: KEY,
          isp: 'Acme',
          prefix: 'fra2-acme-ix-',
        },
      ],
    };

    // Act
    await notify(deps, { asOf: '2026-11-26', evaluations: [], quality });

    // Assess: before, the message gave the quiet link alone
    expect(emailProse(notifier.accepted.at(-1)!.body)).toContain(
      `- ${KEY}: last told critical, order by 2026-12-01 on 2026-11-20; ` +
        'no whole day of data in the last two weeks: a2 sent none after ' +
        '2026-11-05; fra2-acme-ix-new-1 sends traffic but is not in ' +
        "links.csv, and its id reads like this bundle's links: its traffic " +
        'is not counted here; add it to links.csv if it is one.',
    );
  });
});
