import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { lastRollup } from '#lib/pipeline/last-rollup';
import { EMPTY_ROLLUP, ROLLUP_STATE } from '#lib/pipeline/rollup-stage';
import type { Logger } from '#lib/ports/logger';
import { recordingLog, silentLog } from '../../helpers/recording-log.ts';

const UNREADABLE = {
  file: 'traffic/dt=2026-01-01/bad.parquet',
  day: '2026-01-01',
  reason: 'not a Parquet file',
};

let dir: string;
let log: Logger;
let warned: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'headroom-last-rollup-'));
  ({ log, messages: warned } = recordingLog());
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A report store holding `text` as the last rollup's summary. */
async function storeWith(text: string) {
  const reports = new FsObjectStore(dir);
  await reports.put(ROLLUP_STATE, text);
  return { reports, log };
}

describe('lastRollup', () => {
  it('reads the faults the last rollup recorded', async () => {
    // Prepare
    const saved = {
      asOf: '2026-01-02',
      ...EMPTY_ROLLUP,
      days: ['2026-01-01'],
      unreadableFiles: [UNREADABLE],
      notReRolled: ['2025-12-30'],
    };
    // Act
    const last = await lastRollup(await storeWith(JSON.stringify(saved)));
    // Assess
    expect(last.unreadableFiles).toEqual([UNREADABLE]);
    expect(last.notReRolled).toEqual(['2025-12-30']);
    expect(last.days).toEqual([]);
  });

  it('is empty before any rollup recorded one', async () => {
    const reports = new FsObjectStore(dir);
    expect(await lastRollup({ reports, log: silentLog })).toEqual(EMPTY_ROLLUP);
  });

  it.each([
    ['cut short', '{"unreadableFiles": [{"file": "traffic/'],
    ['malformed', '{"unreadableFiles": "three files"}'],
  ])('says so, naming the file, when it is %s', async (_, text) => {
    // Act
    const last = await lastRollup(await storeWith(text));
    // Assess: the run goes on without those faults, and the log says so
    expect(last).toEqual(EMPTY_ROLLUP);
    expect(warned).toEqual([
      expect.stringMatching(
        /^state\/rollup\.json is not a rollup's summary .*: this report lacks the last rollup's set-aside files and days; the next rollup writes it again$/,
      ),
    ]);
  });
});
