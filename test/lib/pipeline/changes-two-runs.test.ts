import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { Evaluation } from '#lib/domain/evaluation';
import type { Message, PublishOutcome } from '#lib/domain/message';
import { loadPreviousRun } from '#lib/pipeline/load-previous-run';
import { notify } from '#lib/pipeline/notify';
import { DEFAULT_CHANGE_RULE } from '#lib/rules/change-types';
import { computeChanges } from '#lib/rules/compute-changes';
import {
  EMAIL_CONFIG,
  FRA2_IX,
} from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const RULE = { ...DEFAULT_CHANGE_RULE, warningWindowDays: 30 };

let folder: string;
let store: FsObjectStore;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'changes-'));
  store = new FsObjectStore(folder);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/**
 * One run's report stage: compare with the previous run, publish
 * changes.json, then the manifest that marks the folder complete.
 */
async function publishChanges(asOf: string, evaluations: Evaluation[]) {
  const previous = await loadPreviousRun(store, asOf, silentLog);
  const report = computeChanges(previous, evaluations, asOf, RULE);
  await store.put(`reports/${asOf}/changes.json`, JSON.stringify(report));
  await store.put(`reports/${asOf}/manifest.json`, '{}');
  return report;
}

describe('changes over two runs seven days apart', () => {
  it('names the escalation and the order-by shift in changes.json and the email', async () => {
    // Prepare
    const before: Evaluation = {
      ...FRA2_IX,
      severity: 'warning',
      orderByDate: '2026-12-10',
    };
    const after: Evaluation = {
      ...before,
      severity: 'critical',
      orderByDate: '2026-11-26',
    };
    const sent: Message[] = [];
    const notifier = {
      publish: async (messages: readonly Message[]) => {
        sent.push(...messages);
        return messages.map(
          (m): PublishOutcome => ({ id: m.id, ok: true, messageId: m.id }),
        );
      },
    };
    await publishChanges('2026-11-19', [before]);
    // Act
    const report = await publishChanges('2026-11-26', [after]);
    await notify(
      {
        notifier,
        reports: store,
        clock: { now: () => new Date('2026-11-26T06:00:00Z') },
        log: silentLog,
        config: EMAIL_CONFIG,
      },
      { asOf: '2026-11-26', evaluations: [after] },
    );
    // Assess
    expect(report.previousAsOf).toBe('2026-11-19');
    expect(report.changes.map((c) => c.kinds)).toEqual([
      ['escalated', 'order-by-moved'],
    ]);
    expect(sent).toHaveLength(1);
    expect(emailProse(sent[0]!.body)).toContain(
      'Since 2026-11-19: escalated warning → critical; order-by 14 days earlier (2026-12-10 → 2026-11-26)',
    );
  });

  it('falls back to the previous forecasts.json and ignores runs on or after today', async () => {
    // Prepare
    await store.put(
      'reports/2026-11-12/forecasts.json',
      JSON.stringify([
        {
          level: 'group',
          key: 'Acme/FRA2/ix',
          isp: 'Acme',
          severity: 'watch',
          recommended_ports: 1,
          recommended_add_bps: 1e11,
          port_bps: 1e11,
          order_by_date: '2027-01-10',
          growth_pct_per_year: 20,
        },
        { level: 'isp', key: 'Acme', isp: 'Acme', severity: 'ok' },
      ]),
    );
    await store.put('reports/2026-11-12/manifest.json', '{}');
    await store.put('reports/2026-11-26/changes.json', '{"state":[]}');
    await store.put('reports/2026-11-26/manifest.json', '{}');
    // Act
    const previous = await loadPreviousRun(store, '2026-11-26', silentLog);
    // Assess
    expect(previous).toEqual({
      asOf: '2026-11-12',
      state: [
        {
          key: 'Acme/FRA2/ix',
          isp: 'Acme',
          severity: 'watch',
          askPorts: 1,
          askBps: 1e11,
          portBps: 1e11,
          orderByDate: '2027-01-10',
          growthPctPerYear: 20,
          rawSeverity: 'watch',
          rawAskPorts: 1,
          everAtRisk: false,
        },
      ],
    });
  });
});
