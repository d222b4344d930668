import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  acmePniLinks,
  removeDir,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { runInFolder } from '../../helpers/run-headroom.ts';
import { busyBundleDay } from './busy-bundle-fixture.ts';

const START = '2026-01-01';
const DAYS = 100;
const ALERTED = addDays(START, DAYS);
/** links.csv renames the ISP, Acme to Acme Networks, before this run. */
const RENAMED = addDays(ALERTED, 2);
const day = (n: number) => busyBundleDay(START, n);

const dir = mkdtempSync(join(tmpdir(), 'headroom-renamed-isp-'));
const out = join(dir, 'out');
const emails = async (asOf: string) =>
  (await readdir(join(out, 'outbox', asOf)).catch(() => [])).filter((f) =>
    f.endsWith('.txt'),
  );

beforeAll(async () => {
  for (let n = 0; n < DAYS + 2; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  const inventory = join(dir, 'inventory');
  const links = acmePniLinks(['a1', 'a2'], 10e9);
  await writeLinksCsv(inventory, links);
  await runInFolder(dir, ALERTED);
  await writeLinksCsv(
    inventory,
    links.map((link) => ({ ...link, isp: 'Acme Networks' })),
  );
  await runInFolder(dir, RENAMED);
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: an alerted bundle whose ISP links.csv renames', () => {
  it('keeps its alert under its new name: no "not judged" email, no new alert', async () => {
    // Act
    const before = await emails(ALERTED);
    const after = await emails(RENAMED);
    const state = JSON.parse(
      await readFile(join(out, 'state', 'notifications.json'), 'utf8'),
    );

    // Assess: it read "not judged … gone from links.csv" under Acme's
    // name, its link to a page the run no longer writes, and "new at
    // critical" under Acme Networks', two days after its alert (the
    // weekly digest falls on that day)
    expect(before).toEqual(['01-alert-acme-1.txt']);
    expect(after.filter((f) => !f.includes('-digest-'))).toEqual([]);
    expect(Object.keys(state.groups)).toEqual(['Acme Networks/LHR1/pni']);
    expect(state.groups['Acme Networks/LHR1/pni']).toMatchObject({
      severity: 'critical',
      notifiedOn: ALERTED,
      isp: 'Acme Networks',
      links: ['a1', 'a2'],
    });
  });
});
