import { z } from 'zod';
import type { ObjectStore } from '#lib/ports/object-store';
import { parseJsonAs } from './parse-json-as.ts';

/**
 * The pointer to the newest complete run: one small object, written with
 * one PUT after the run's folder is complete, so that switching `latest`
 * is a single atomic step. It is authoritative; `reports/latest/` is a
 * copy for people and links, refreshed after the switch.
 */
export const LATEST_POINTER = 'reports/latest.json';

const POINTER_SCHEMA = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  runId: z.string(),
  folder: z.string(),
});

/** What `reports/latest.json` holds. */
export type LatestPointer = z.output<typeof POINTER_SCHEMA>;

const COMPLETE_RUN = /^reports\/(\d{4}-\d{2}-\d{2})\/manifest\.json$/;

/**
 * The as-of date of the latest published run: the pointer's, or, when the
 * pointer is missing or unreadable (a store from before it existed), the
 * newest dated folder with a manifest (a complete run). A run for an
 * earlier date is a replay of the past: it must not switch `latest` nor
 * send messages or move notification state backwards.
 *
 * @param store - the report store
 * @returns the latest run's as-of date, or undefined
 * @example
 * const latest = await latestAsOf(deps.reports); // '2026-11-26'
 */
export async function latestAsOf(
  store: ObjectStore,
): Promise<string | undefined> {
  const pointer = await readLatestPointer(store);
  if (pointer) return pointer.asOf;
  const days = (await store.list('reports/')).flatMap(
    (key) => COMPLETE_RUN.exec(key)?.slice(1, 2) ?? [],
  );
  return days.sort().at(-1);
}

/**
 * Switches the pointer to `next` unless it already names a later run, with
 * a compare-and-swap on the version read, so that two runs cannot both
 * switch and `latest` never goes back to an older date.
 *
 * @param store - the report store
 * @param next - the run just published (its folder is complete)
 * @returns whether the pointer now names `next`
 * @throws StoreConflictError when another run switched it meanwhile (the
 *   conditional write failed)
 * @example
 * await switchLatest(store, { asOf, runId, folder: `reports/${asOf}` });
 */
export async function switchLatest(
  store: ObjectStore,
  next: LatestPointer,
): Promise<boolean> {
  const raw = await store.getVersioned(LATEST_POINTER);
  const current = raw && parsePointer(raw.body);
  if (current && current.asOf > next.asOf) return false;
  await store.putIf(
    LATEST_POINTER,
    `${JSON.stringify(next, null, 1)}\n`,
    raw ? { ifMatch: raw.version } : { ifNoneMatch: '*' },
    'application/json',
  );
  return true;
}

/**
 * The pointer, or undefined when it is missing or unreadable.
 *
 * @param store - the report store
 * @returns the latest run's pointer
 * @example
 * (await readLatestPointer(store))?.folder; // 'reports/2026-11-26'
 */
export async function readLatestPointer(
  store: ObjectStore,
): Promise<LatestPointer | undefined> {
  const raw = await store.get(LATEST_POINTER);
  return raw && parsePointer(raw);
}

function parsePointer(bytes: Uint8Array): LatestPointer | undefined {
  return parseJsonAs(POINTER_SCHEMA, bytes);
}
