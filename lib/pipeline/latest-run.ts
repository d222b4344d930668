import type { ObjectStore } from '#lib/ports/object-store';

/** Where the latest published run's manifest is. */
export const LATEST_MANIFEST = 'reports/latest/manifest.json';

/**
 * The as-of date of the run in `reports/latest/`, if there is one. A run
 * for an earlier date is a replay of the past: it must not replace
 * `latest/` nor send messages or move notification state backwards.
 *
 * @param store - the report store
 * @returns the latest run's as-of date, or undefined
 * @example
 * const latest = await latestAsOf(deps.reports); // '2026-11-26'
 */
export async function latestAsOf(
  store: ObjectStore,
): Promise<string | undefined> {
  const bytes = await store.get(LATEST_MANIFEST);
  if (bytes === undefined) return undefined;
  try {
    const manifest = JSON.parse(new TextDecoder().decode(bytes));
    return typeof manifest.asOf === 'string' ? manifest.asOf : undefined;
  } catch {
    // An unreadable manifest is an incomplete latest/: the next run replaces it.
    return undefined;
  }
}
