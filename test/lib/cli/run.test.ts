import { createHash } from 'node:crypto';
import {
  cp,
  mkdtemp,
  readdir,
  readFile,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '#lib/cli/main';
import { ispSlug } from '#lib/domain/slug';
import { generateSample } from '#lib/sample/index';
import { DESIGN_FORECAST_COLUMNS } from '../../fixtures/forecast-columns.ts';

const AS_OF = '2026-06-01';
let root: string;
let sample: string;

const read = (path: string) => readFile(path, 'utf8');
const readJson = async (path: string) => JSON.parse(await read(path));
const runCli = async (...args: string[]) => {
  process.exitCode = undefined;
  // Shards in this thread: the worker pool is tested in sharded-run.test.ts.
  await main(['node', 'headroom', 'run', '--quiet', '--workers', '0', ...args]);
  const code = process.exitCode;
  process.exitCode = undefined;
  return code;
};
const lakeArgs = (out: string) => [
  '--lake',
  join(sample, 'lake'),
  '--inventory',
  join(sample, 'inventory'),
  '--out',
  out,
];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-e2e-'));
  sample = join(root, 'sample');
  await generateSample({
    out: sample,
    links: 24,
    days: 120,
    seed: 7,
    end: '2026-05-31',
  });
}, 300_000);

describe('headroom run', () => {
  it('writes every output of the contract, manifest last', async () => {
    // Prepare
    const out = join(root, 'out');

    // Act
    const code = await runCli(...lakeArgs(out), '--as-of', AS_OF);

    // Assess
    expect(code).toBeUndefined();
    const dated = join(out, 'reports', AS_OF);
    const files = await readdir(dated, { recursive: true });
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'accuracy.html',
        'forecasts.csv',
        'forecasts.json',
        'alerts.json',
        'data-quality.json',
        'groups.csv',
        'isps.csv',
        'links.csv',
        'augments.csv',
        'changes.json',
        'manifest.json',
      ]),
    );
    expect(files.some((f) => f.startsWith('partners/'))).toBe(true);
    const level = async (name: string) =>
      parse(await read(join(dated, name)), { columns: true }) as Record<
        string,
        string
      >[];
    const total = (rows: Record<string, string>[], column: string) =>
      rows.reduce((s, r) => s + Number(r[column] || 0), 0);
    const groupRows = await level('groups.csv');
    expect(total(await level('isps.csv'), 'ask_bps')).toBe(
      total(groupRows, 'ask_bps'),
    );
    expect(total(await level('augments.csv'), 'added_bps')).toBe(
      total(groupRows, 'planned_add_bps'),
    );
    const csv = parse(await read(join(dated, 'forecasts.csv')), {
      columns: true,
      comment: '#',
    }) as Record<string, string>[];
    expect(
      Object.keys(csv[0]!).slice(0, DESIGN_FORECAST_COLUMNS.length),
    ).toEqual(DESIGN_FORECAST_COLUMNS);
    expect(new Set(csv.map((r) => r.level))).toEqual(
      new Set(['link', 'group', 'isp']),
    );
    for (const row of csv) {
      expect(['ok', 'watch', 'warning', 'critical']).toContain(row.severity);
      for (const field of ['warning_date', 'critical_date', 'order_by_date']) {
        expect(row[field]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      }
    }
    const json = await readJson(join(dated, 'forecasts.json'));
    expect(json).toHaveLength(csv.length);
    const alerts = await readJson(join(dated, 'alerts.json'));
    const alerting = csv.filter(
      (r) =>
        r.level === 'group' &&
        (r.severity === 'warning' || r.severity === 'critical'),
    );
    expect(alerts).toHaveLength(alerting.length);
    const isps = new Set(
      csv.filter((r) => r.level === 'isp').map((r) => r.key),
    );
    const pages = files.filter(
      (f) => f.startsWith('isp/') && f.endsWith('.html'),
    );
    expect(pages).toHaveLength(isps.size);
    const quality = await readJson(join(dated, 'data-quality.json'));
    expect(quality.to).toBe(AS_OF);
    expect(quality.unknownLinks.length).toBeGreaterThan(0);

    const manifest = await readJson(join(dated, 'manifest.json'));
    expect(manifest).toMatchObject({
      asOf: AS_OF,
      inputs: { historyTo: AS_OF },
    });
    const manifestTime = (await stat(join(dated, 'manifest.json'))).mtimeMs;
    for (const file of manifest.files) {
      const body = await readFile(join(dated, file.path));
      expect(createHash('sha256').update(body).digest('hex')).toBe(file.sha256);
      expect((await stat(join(dated, file.path))).mtimeMs).toBeLessThanOrEqual(
        manifestTime,
      );
    }
    expect(await read(join(out, 'reports', 'latest', 'forecasts.csv'))).toBe(
      await read(join(dated, 'forecasts.csv')),
    );
    const alertIsps = new Set(alerts.map((a: { isp: string }) => a.isp));
    const outbox = await readdir(join(out, 'outbox', AS_OF));
    expect(
      outbox.filter((f) => f.endsWith('.txt')).length,
    ).toBeGreaterThanOrEqual(alertIsps.size);
    // Locally a message links to the dated report's file, on the bundle.
    const messages = await Promise.all(
      outbox
        .filter((f) => f.endsWith('.txt'))
        .map((f) => read(join(out, 'outbox', AS_OF, f))),
    );
    const link = /Report: +(file:\S+)/.exec(messages.join('\n'))?.[1];
    expect(link).toMatch(
      new RegExp(`/reports/${AS_OF}/isp/[a-z0-9-]+\\.html#g-[a-z0-9-]+$`),
    );
    const url = new URL(link!);
    const page = await read(fileURLToPath(url));
    expect(page).toContain(`id="${url.hash.slice(1)}"`);
    expect(
      await readJson(join(out, 'state', 'notifications.json')),
    ).toBeTruthy();
  });

  it("shows the sample's late step in steps.json, on the ISP page and in its message", async () => {
    // Prepare: the first test's run; the sample's step is 10 days before
    // its last day (2026-05-31)
    const dated = join(root, 'out', 'reports', AS_OF);

    // Act
    const steps = await readJson(join(dated, 'steps.json'));

    // Assess
    const group = steps.find((s: { level: string }) => s.level === 'group');
    expect(group).toMatchObject({
      date: '2026-05-22',
      direction: 'up',
      followed: true,
    });
    expect(group.changePct).toBeGreaterThan(50);
    const named = `traffic stepped +${Math.round(group.changePct)} % on 2026-05-22`;
    const page = await read(join(dated, 'isp', `${ispSlug(group.isp)}.html`));
    expect(page).toContain(named);
    const outbox = join(root, 'out', 'outbox', AS_OF);
    const texts = await Promise.all(
      (await readdir(outbox))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => read(join(outbox, f))),
    );
    const message = texts.find((t) => t.includes(`alert for ${group.isp},`));
    expect(message).toContain(named);
  });

  it('reads nothing on or after the as-of date', async () => {
    // Prepare
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
    expect(rolled.some((d) => d >= `dt=${early}`)).toBe(true); // from the first test
    expect(manifest.inputs.daysRolledUp.every((d: string) => d < early)).toBe(
      true,
    );
  });

  it('stops on a bad inventory before writing, leaving latest as it was', async () => {
    // Prepare
    const out = join(root, 'out-bad');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const before = await read(join(out, 'reports', 'latest', 'manifest.json'));
    const inventory = join(root, 'bad-inventory');
    await cp(join(sample, 'inventory'), inventory, { recursive: true });
    const links = (await read(join(inventory, 'links.csv'))).split('\n');
    links[3] = links[3]!.replace(/,(\d+),/, ',lots,');
    await writeFile(join(inventory, 'links.csv'), links.join('\n'));
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((text: string) => errors.push(text)) as never;

    // Act
    let code: number | string | undefined;
    try {
      code = await runCli(
        '--lake',
        join(sample, 'lake'),
        '--inventory',
        inventory,
        '--out',
        out,
        '--as-of',
        '2026-06-02',
      );
    } finally {
      process.stderr.write = write;
    }

    // Assess
    expect(code).toBe(1);
    expect(errors.join('')).toMatch(
      /links\.csv, line 4: field '\w+' .*\(got "lots"\)/,
    );
    expect(await read(join(out, 'reports', 'latest', 'manifest.json'))).toBe(
      before,
    );
    await expect(stat(join(out, 'reports', '2026-06-02'))).rejects.toThrow();
  });

  it('publishes a what-if under scenarios/ without sending or touching state', async () => {
    // Prepare
    const out = join(root, 'out-what-if');
    await runCli(...lakeArgs(out), '--as-of', AS_OF);
    const state = await read(join(out, 'state', 'notifications.json'));
    const latest = await read(join(out, 'reports', 'latest', 'manifest.json'));
    const outbox = await readdir(join(out, 'outbox', AS_OF));
    const inventory = await read(join(sample, 'inventory', 'links.csv'));
    const site = inventory.split('\n')[1]!.split(',')[3]!;
    const file = join(root, 'scenario.json');
    await writeFile(
      file,
      JSON.stringify({
        name: 'Site down',
        events: [{ kind: 'site-down', site, from: AS_OF }],
      }),
    );

    // Act
    const code = await runCli(
      ...lakeArgs(out),
      '--as-of',
      AS_OF,
      '--scenario',
      file,
    );

    // Assess
    expect(code).toBeUndefined();
    const folder = join(out, 'scenarios', 'site-down', AS_OF);
    const index = await read(join(folder, 'index.html'));
    expect(index).toContain(`site ${site} down`);
    const drafts = await read(join(folder, 'what-if-messages.txt'));
    expect(drafts).toMatch(/what-if|No group/i);
    expect(await read(join(out, 'state', 'notifications.json'))).toBe(state);
    expect(await read(join(out, 'reports', 'latest', 'manifest.json'))).toBe(
      latest,
    );
    expect(await readdir(join(out, 'outbox', AS_OF))).toEqual(outbox);
  });

  it('stops a what-if whose event names a link the inventory lacks, instead of reporting it as assumed', async () => {
    // Prepare: a typo in a link id, which matches no link
    const out = join(root, 'out-what-if-typo');
    const file = join(root, 'scenario-typo.json');
    await writeFile(
      file,
      JSON.stringify({
        name: 'Link down',
        events: [{ kind: 'link-down', linkId: 'no-such-link', from: AS_OF }],
      }),
    );
    const errors: string[] = [];
    const stderr = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((text: string) => errors.push(text)) as never;

    // Act
    let code: number | string | undefined;
    try {
      code = await runCli(
        ...lakeArgs(out),
        '--as-of',
        AS_OF,
        '--scenario',
        file,
      );
    } finally {
      process.stderr.write = stderr;
    }

    // Assess
    expect(code).toBe(1);
    expect(errors.join('')).toContain(
      "headroom: scenario 'Link down': field 'events.0.linkId' names no " +
        'link in links.csv (got "no-such-link")',
    );
    await expect(stat(join(out, 'scenarios'))).rejects.toThrow();
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
    const code = await runCli(...lakeArgs(out), '--as-of', '2026-05-15');

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
