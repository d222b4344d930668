import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';
import { AS_OF, read, readJson } from './run-fixture.ts';

/**
 * Checks that the level files of a run's dated folder sum alike: the
 * ISPs' asks to the bundles', the augments to the bundles' capacity.
 */
export async function expectLevelSums(dated: string): Promise<void> {
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
  // augments still to come sum to the planned capacity, those in
  // service already (held in capacity_bps) to the in-service capacity
  const augments = await level('augments.csv');
  for (const [inService, column] of [
    ['false', 'planned_add_bps'],
    ['true', 'in_service_add_bps'],
  ] as const) {
    expect(
      total(
        augments.filter((a) => a.in_service === inService),
        'added_bps',
      ),
      column,
    ).toBe(total(groupRows, column));
  }
}

/** Checks the run's data-quality.json and the overview's quality heading. */
export async function expectQualityReport(dated: string): Promise<void> {
  const quality = await readJson(join(dated, 'data-quality.json'));
  expect(quality.to).toBe(AS_OF);
  expect(quality.unknownLinks.length).toBeGreaterThan(0);
  // The sample's unlisted link is a new PNI of a bundle in links.csv
  expect(quality.likelyMembers).toEqual([
    {
      linkId: 'mad1-lagunamovil-pni-new-1',
      group: 'Laguna Movil/MAD1/pni',
      isp: 'Laguna Movil',
      prefix: 'mad1-lagunamovil-pni-',
    },
  ]);
  // The sample's 120 days start long after the 730-day window opens:
  // the overview's heading names the days checked, not the window's
  expect(quality).toMatchObject({
    from: '2024-06-01',
    firstTrafficDay: '2026-02-01',
  });
  expect(withoutNowrap(await read(join(dated, 'index.html')))).toContain(
    '<h2 id="quality">Data quality (2026-02-01 to 2026-05-31)</h2>' +
      '<p>Checked from 2026-02-01, the first day with traffic in the ' +
      'lake, to 2026-05-31: the history window of 730 days opens on ' +
      '2024-06-01, before it.</p>',
  );
}

/**
 * Checks that the manifest lists every file with its hash and was written
 * last, and that reports/latest holds the dated folder's files.
 */
export async function expectManifestLast(
  out: string,
  dated: string,
): Promise<void> {
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
}

/**
 * Checks the run's outbox: a message for each alerted ISP at least, each
 * linking to its bundle on the dated report's page; and the state file.
 */
export async function expectOutboxLinks(
  out: string,
  alerts: { isp: string }[],
): Promise<void> {
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
  const link = /Report:\s+<(file:\S+)>/.exec(messages.join('\n'))?.[1];
  expect(link).toMatch(
    new RegExp(`/reports/${AS_OF}/isp/[a-z0-9-]+\\.html#g-[a-z0-9-]+$`),
  );
  const url = new URL(link!);
  const page = await read(fileURLToPath(url));
  expect(page).toContain(`id="${url.hash.slice(1)}"`);
  expect(await readJson(join(out, 'state', 'notifications.json'))).toBeTruthy();
}
