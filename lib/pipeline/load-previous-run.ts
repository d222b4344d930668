import { compareCodePoints } from '#lib/domain/code-point-order';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import type { PreviousRun } from '#lib/rules/compute-changes';
import { parseJson, readRunState } from './previous-run-state.ts';

const RUN_FILE =
  /^reports\/(\d{4}-\d{2}-\d{2})\/(changes\.json|forecasts\.json)$/;

type RunFile = 'changes.json' | 'forecasts.json';

/** A file a previous run left for the comparison. */
interface Candidate {
  readonly key: string;
  readonly day: string;
  readonly file: RunFile;
}

/**
 * The newest complete run (with a manifest) dated before `asOf` that left
 * a comparison state: its `changes.json`, or, for a run older than
 * changes, its `forecasts.json` (group rows, without the hysteresis
 * memory). Dated before `asOf`, so a rerun of the same day compares with
 * the same previous run; complete, so a run killed while publishing
 * (never notified nor made latest) does not hide its changes from the
 * next one. A run whose manifest or state cannot be read (not JSON, not
 * of its shape) is passed over for the one before it, with a warning
 * naming the file, the problem and the run compared with instead: the
 * changes are then since that run, as the report says.
 *
 * @param store - the report store
 * @param asOf - this run's date
 * @param log - warned about each unreadable file passed over
 * @returns the previous run, or undefined on a first run (or when no
 *   earlier run can be read)
 * @example
 * const previous = await loadPreviousRun(deps.reports, '2026-11-26', log);
 */
export async function loadPreviousRun(
  store: ObjectStore,
  asOf: string,
  log: Logger,
): Promise<PreviousRun | undefined> {
  const passed: string[] = [];
  for (const candidate of await candidates(store, asOf)) {
    const read = await readCandidate(store, candidate);
    if ('problem' in read) {
      passed.push(read.problem);
      continue;
    }
    const instead = `changes are since ${candidate.day} (${candidate.key}) instead`;
    for (const problem of passed) warnPassed(log, problem, instead);
    return { asOf: candidate.day, state: read.state };
  }
  const afresh = 'no earlier run can be read, so changes start afresh';
  for (const problem of passed) warnPassed(log, problem, afresh);
  return undefined;
}

/**
 * The file of each complete run before `asOf`, newest first: its
 * `changes.json`, or its `forecasts.json` only when it has none (a run
 * older than changes). Every later run writes both: one whose
 * `changes.json` cannot be read is passed over whole, for the hysteresis
 * memory of the run before, not read from its `forecasts.json` without it.
 */
async function candidates(store: ObjectStore, asOf: string) {
  const listed = await store.list('reports/');
  // Only complete runs (with a manifest): a run killed while publishing
  // left a changes.json that nobody was shown or notified of.
  const keys = new Set(listed);
  const byDay = new Map<string, Candidate>();
  for (const key of listed) {
    const m = RUN_FILE.exec(key);
    if (!m || m[1]! >= asOf) continue;
    if (!keys.has(`reports/${m[1]}/manifest.json`)) continue;
    const found = { key, day: m[1]!, file: m[2] as RunFile };
    if (byDay.get(found.day)?.file !== 'changes.json') {
      byDay.set(found.day, found);
    }
  }
  return [...byDay.values()].sort((a, b) => compareCodePoints(b.day, a.day));
}

/** A candidate's state, or the file that cannot be read and why. */
async function readCandidate(store: ObjectStore, candidate: Candidate) {
  const manifestKey = `reports/${candidate.day}/manifest.json`;
  const manifest = parseJson(
    (await store.get(manifestKey)) ?? new Uint8Array(),
  );
  if ('problem' in manifest) {
    return { problem: `${manifestKey} ${manifest.problem}` };
  }
  const bytes = (await store.get(candidate.key)) ?? new Uint8Array();
  const read = readRunState(candidate.file, bytes);
  return 'problem' in read
    ? { problem: `${candidate.key} ${read.problem}` }
    : read;
}

function warnPassed(log: Logger, problem: string, outcome: string): void {
  log.warn(`previous run unreadable: ${problem}; ${outcome}`);
}
