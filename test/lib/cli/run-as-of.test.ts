import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  lakeArgs,
  read,
  readJson,
  root,
  runCli,
  sample,
  useSample,
} from './run-fixture.ts';

useSample();

describe('headroom run: the as-of date', () => {
  it('reads nothing on or after the as-of date', async () => {
    // Prepare: a run as of AS_OF has rolled the lake up to its last day
    await runCli(...lakeArgs(join(root, 'out')), '--as-of', AS_OF);
    const out = join(root, 'out-early');
    const early = '2026-05-01';

    // Act
    await runCli(...lakeArgs(out), '--as-of', early);

    // Assess
    const manifest = await readJson(
      join(out, 'reports', early, 'manifest.json'),
    );
    expect(manifest.inputs.historyTo).toBe(early);
    const rolled = await readdir(join(sample, 'lake', 'series_daily'));
    const csv = await read(join(out, 'reports', early, 'forecasts.csv'));
    expect(csv.length).toBeGreaterThan(0);
    expect(rolled.some((d) => d >= `dt=${early}`)).toBe(true); // from the run as of AS_OF
    expect(manifest.inputs.daysRolledUp.every((d: string) => d < early)).toBe(
      true,
    );
  });

  it('raises alerts ahead of their order-by dates when replayed a month apart', async () => {
    // Prepare
    const out = join(root, 'out-replay');
    const runs = ['2026-04-01', '2026-05-01', '2026-06-01'];
    type Row = {
      level: string;
      key: string;
      severity: string;
      orderByDate?: string;
    };
    const firstAlert = new Map<
      string,
      { asOf: string; orderByDate?: string }
    >();

    // Act
    for (const asOf of runs) {
      await runCli(...lakeArgs(out), '--as-of', asOf);
      const rows: Row[] = await readJson(
        join(out, 'reports', asOf, 'forecasts.json'),
      );
      for (const row of rows) {
        const alerting =
          row.severity === 'warning' || row.severity === 'critical';
        if (row.level === 'group' && alerting && !firstAlert.has(row.key)) {
          firstAlert.set(row.key, { asOf, orderByDate: row.orderByDate });
        }
      }
    }

    // Assess: after the first replay, no group is first flagged late
    const alerts = [...firstAlert.values()];
    expect(alerts.length).toBeGreaterThan(0);
    const late = alerts.filter(
      (a) => a.asOf !== runs[0] && (a.orderByDate ?? '9999') < a.asOf,
    );
    expect(late).toEqual([]);
    expect(alerts.some((a) => (a.orderByDate ?? '9999') >= a.asOf)).toBe(true);
  });

  it('replays an earlier date without touching latest or notifications', async () => {
    // Prepare
    const out = join(root, 'out-past');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const latest = await read(join(out, 'reports', 'latest', 'manifest.json'));
    const state = await read(join(out, 'state', 'notifications.json'));

    // Act
    const { code } = await runCli(...lakeArgs(out), '--as-of', '2026-05-15');

    // Assess
    expect(code).toBeUndefined();
    expect(
      await readJson(join(out, 'reports', '2026-05-15', 'manifest.json')),
    ).toMatchObject({ asOf: '2026-05-15' });
    expect(await read(join(out, 'reports', 'latest', 'manifest.json'))).toBe(
      latest,
    );
    expect(await read(join(out, 'state', 'notifications.json'))).toBe(state);
    await expect(readdir(join(out, 'outbox', '2026-05-15'))).rejects.toThrow();
  });
});
