import { mkdtempSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { emailProse } from '../../helpers/email-prose.ts';
import {
  acmePniLinks,
  removeDir,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { folderArgs, runQuiet } from '../../helpers/run-headroom.ts';
import { busyBundleDay } from './busy-bundle-fixture.ts';

const START = '2026-01-01';
const DAYS = 100;
/** The bundle's first alert, to links.csv's owner emea-peering. */
const ALERTED = addDays(START, DAYS);
/** links.csv names emea-backbone the owner before this run. */
const CHANGED = addDays(ALERTED, 1);
/** Nothing changed since. */
const AFTER = addDays(ALERTED, 2);
/** links.csv names none: the configuration's owner of EMEA takes it. */
const BY_REGION = addDays(ALERTED, 3);
/**
 * links.csv names emea-backbone again, and its links at 100 G: the
 * bundle clears at once (its capacity rose) as it changes owner.
 */
const CLEARED = addDays(ALERTED, 4);
const day = (n: number) => busyBundleDay(START, n);

const dir = mkdtempSync(join(tmpdir(), 'headroom-owner-changed-'));
const out = join(dir, 'out');
const config = join(dir, 'config.json');
/** The alert emails of a run: each file's name and text. */
const alerts = async (asOf: string) => {
  const folder = join(out, 'outbox', asOf);
  const files = (await readdir(folder).catch(() => [])).filter(
    (f) => f.endsWith('.txt') && !f.includes('-digest-'),
  );
  return Promise.all(
    files.map(async (f) => [f, await readFile(join(folder, f), 'utf8')]),
  );
};
/** The notification state after the last run. */
const readState = async () =>
  JSON.parse(await readFile(join(out, 'state', 'notifications.json'), 'utf8'));
/** The state after the BY_REGION run. */
let byRegionState: { groups: Record<string, unknown> };
const run = (asOf: string, ...args: string[]) =>
  runQuiet('--workers', '0', ...folderArgs(dir, asOf), ...args);

beforeAll(async () => {
  for (let n = 0; n < DAYS + 5; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  const inventory = join(dir, 'inventory');
  const links = acmePniLinks(['a1', 'a2'], 10e9);
  const owned = (owner?: string, capacityBps = 10e9) =>
    writeLinksCsv(
      inventory,
      links.map((link) => ({ ...link, owner, capacityBps })),
    );
  await owned('emea-peering');
  await run(ALERTED);
  await owned('emea-backbone');
  await run(CHANGED);
  await run(AFTER);
  await owned(undefined);
  await writeFile(
    config,
    JSON.stringify({ owners: { regions: { EMEA: 'emea-planning' } } }),
  );
  await run(BY_REGION, '--config', config);
  byRegionState = await readState();
  await owned('emea-backbone', 100e9);
  await run(CLEARED, '--config', config);
}, 300_000);
afterAll(() => removeDir(dir));

describe('headroom run: an alerted bundle whose owner changes', () => {
  it("alerts links.csv's new owner on the next run, once", async () => {
    // Act
    const before = await alerts(ALERTED);
    const changed = await alerts(CHANGED);
    const after = await alerts(AFTER);

    // Assess: before, "0 sent (nothing new)" until the weekly reminder
    expect(before.map(([f]) => f)).toEqual(['01-alert-acme-1.txt']);
    expect(changed.map(([f]) => f)).toEqual([
      '01-alert-acme-1.txt',
      '02-handover-emea-peering-acme-1.txt',
    ]);
    const [text, handover] = changed.map(([, body]) => body);
    expect(text).toContain('owner=emea-backbone');
    expect(text).toContain('CRITICAL (owner changed: was emea-peering)');
    // The former owner is told, once: before, its alerts stopped unsaid;
    // at every alert level, as SNS carries it, not `resolved` alone
    expect(handover).toContain(
      'severity=["critical","resolved","warning"]; owner=emea-peering',
    );
    expect(handover).toContain("(Acme/LHR1/pni): now emea-backbone's");
    expect(after).toEqual([]);
  });

  it("alerts the configuration's owner of the region once links.csv names none", async () => {
    // Act
    const changed = await alerts(BY_REGION);
    const state = byRegionState;

    // Assess
    expect(changed.map(([, text]) => text)).toEqual([
      expect.stringContaining('CRITICAL (owner changed: was emea-backbone)'),
      expect.stringContaining("(Acme/LHR1/pni): now emea-planning's"),
    ]);
    expect(changed[0]![1]).toContain('owner=emea-planning');
    expect(state.groups['Acme/LHR1/pni']).toMatchObject({
      owner: 'emea-planning',
      notifiedOn: BY_REGION,
    });
  });

  it('resolves it to the owner told, naming the new owner, when it clears as it changes owner', async () => {
    // Act
    const cleared = await alerts(CLEARED);
    const state = await readState();

    // Assess: before, owner=emea-backbone, never alerted, and
    // emea-planning, whose alert it was, heard nothing
    expect(cleared.map(([f]) => f)).toEqual(['01-resolved-acme-1.txt']);
    const [, text] = cleared[0]!;
    expect(text).toContain('severity=resolved; owner=emea-planning');
    expect(emailProse(text!)).toMatch(
      /- LHR1 pni \(Acme\/LHR1\/pni\): now \w+, .*\. Handed over from emea-planning to emea-backbone\.\n/,
    );
    expect(text).toContain(
      "1 bundle below now belongs to another owner (links.csv's owner, or the",
    );
    expect(state.groups['Acme/LHR1/pni']).toBeUndefined();
  });
});
