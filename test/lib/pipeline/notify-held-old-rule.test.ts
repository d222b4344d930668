import { describe, expect, it } from 'vitest';
import { recordingLog } from '../../helpers/recording-log.ts';
import {
  deps,
  group,
  notifier,
  run,
  useNotifyFixture,
} from './notify-fixture.ts';
import { daily, publishChanges } from './notify-held-fixture.ts';

useNotifyFixture();

/** Rewrites a changes.json as the code before `confirmDays` wrote it. */
async function writtenBefore(file: string) {
  const report = JSON.parse(
    new TextDecoder().decode(await deps.reports.get(file)),
  );
  delete report.rule.confirmDays;
  for (const t of report.state) delete t.belowSince;
  for (const c of report.changes) {
    delete c.severity.held;
    c.text = c.text.replace(/; held at .*$/, '');
  }
  await deps.reports.put(file, JSON.stringify(report));
}

describe('notify: a changes.json written before the week-long fall confirmation', () => {
  it('is read, its rule without confirmDays: held severities and Since lines', async () => {
    // Prepare: alerted at critical; a week on, the run says warning and
    // its changes.json, written by the earlier code, holds critical
    await daily('2026-11-10', 'critical', '2026-11-10');
    const evaluations = [group('Acme', 'warning', '2026-11-20')];
    await publishChanges('2026-11-17', evaluations);
    await writtenBefore('reports/2026-11-17/changes.json');
    const { log, messages } = recordingLog('warn');
    Object.assign(deps, { log });

    // Act
    await run('2026-11-17', evaluations);

    // Assess: before, "run's changes unreadable: … (rule.confirmDays: …)",
    // the reminder without its Since line, the digest without the held level
    expect(messages).toEqual([]);
    const body = (id: string) =>
      notifier.accepted.find((m) => m.id === id)?.body ?? '';
    expect(body('2026-11-17/alert/acme/1')).toContain(
      'Since 2026-11-10: order-by 10 days later (2026-11-10 → 2026-11-20)\n',
    );
    expect(body('2026-11-17/digest/emea-peering/1')).toContain(
      '\n    held at critical (alert open)\n',
    );
  });
});
