import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { Logger } from '#lib/ports/logger';
import { recordingLog } from './recording-log.ts';

/** A tracked group of a run's changes.json state, at watch. */
export const TRACKED = {
  key: 'Acme/LHR1/pni',
  isp: 'Acme',
  severity: 'watch',
  askPorts: 0,
  askBps: 0,
  portBps: 100e9,
  growthPctPerYear: null,
  rawSeverity: 'watch',
  rawAskPorts: 0,
  everAtRisk: false,
};

/** A changes.json whose state holds one group at `severity`. */
export const changes = (severity: string) =>
  JSON.stringify({ state: [{ ...TRACKED, severity, rawSeverity: severity }] });

/** The report store of each test (set in `beforeEach`). */
export let store: FsObjectStore;
/** What the test's `log` warned. */
export let warnings: string[];
/** A logger keeping its warnings in `warnings`. */
export let log: Logger;

/** Registers the hooks that give each test an empty store in a temporary
 * folder, removed after it, and a fresh `log`. */
export function usePreviousRunStore(): void {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'prev-'));
    store = new FsObjectStore(folder);
    ({ log, messages: warnings } = recordingLog());
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));
}

/** A complete run of `day` whose changes.json holds `body`. */
export async function putRun(day: string, body: string, manifest = '{}') {
  await store.put(`reports/${day}/changes.json`, body);
  await store.put(`reports/${day}/manifest.json`, manifest);
}
