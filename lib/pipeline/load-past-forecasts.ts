import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import type { PastForecastPoints } from '#lib/report/forecast-points';

const POINTS_FILE = /^reports\/(\d{4}-\d{2}-\d{2})\/forecast-points\.json$/;

/**
 * Reads the forecast points that earlier runs in the history window
 * published, for the accuracy page (older runs' targets have no actuals in
 * the window, so they are not read), from complete folders only (with a
 * manifest). A run without the file, or with an unreadable
 * one, is skipped with a warning: accuracy is a view on the past, not an
 * input.
 *
 * @param store - the report store
 * @param window - only runs dated in `[from, to)` are read
 * @param log - warned about unreadable files
 * @returns past runs' forecast points, oldest first
 * @example
 * const past = await loadPastForecasts(deps.reports,
 *   { from: '2025-11-26', to: '2026-11-26' }, log);
 */
export async function loadPastForecasts(
  store: ObjectStore,
  window: { readonly from: string; readonly to: string },
  log: Logger,
): Promise<PastForecastPoints[]> {
  const listed = await store.list('reports/');
  // Only complete runs (with a manifest): a run killed while publishing
  // left its folder half-written.
  const complete = new Set(listed);
  const keys = listed.filter((key) => {
    const day = POINTS_FILE.exec(key)?.[1];
    return (
      day !== undefined &&
      day >= window.from &&
      day < window.to &&
      complete.has(`reports/${day}/manifest.json`)
    );
  });
  const runs = await Promise.all(
    keys.map(async (key) => {
      try {
        const bytes = await store.get(key);
        return (
          bytes &&
          (JSON.parse(new TextDecoder().decode(bytes)) as PastForecastPoints)
        );
      } catch (error) {
        log.warn('skipping unreadable past forecast', {
          key,
          error: (error as Error).message,
        });
        return undefined;
      }
    }),
  );
  return runs.filter((run) => run !== undefined);
}
