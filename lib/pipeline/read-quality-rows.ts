import type { DataQualityReport, LinkQuality } from '#lib/domain/quality';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import { loadTopLinks } from './quality-top-links.ts';
import { REPLACED, type RunQuality, readRunQuality } from './read-run-plan.ts';
import { runKeys } from './run-files.ts';
import type { RunPlanFile } from './run-plan-file.ts';

/** What publish holds of the run's data-quality report, and its rows. */
export interface LoadedQuality {
  /** The report, its `byLink` the overview's top links (`SHOWN`) only. */
  readonly quality: DataQualityReport;
  /** Every per-link row, in order, a page at a time, read anew each call. */
  readonly rows: () => AsyncIterable<readonly LinkQuality[]>;
}

/**
 * The run's data-quality report as publish needs it without holding its
 * per-link rows (docs/architecture.md "Publish's memory"): `quality.json`
 * (`readRunQuality`, with its window check) with, in `byLink`'s place, the
 * links with the most findings that the overview lists, which the plan
 * kept as it wrote the rows (`plan.json`'s `qualityRows.topLinks`); and
 * the rows, read a part at a time (`readQualityRows`) as
 * `data-quality.json` is written. An older run folder's top links are
 * found as then, its rows read to the end for them (`loadTopLinks`): a
 * plan without `topLinks` has its parts read twice, and one without
 * `qualityRows` (a deployment landing mid-run) its `quality.json`, which
 * holds its rows, read whole.
 *
 * @param store - the report store
 * @param plan - the run's plan (`readRunPlan`: this run's)
 * @returns the report with the overview's top links, and every row
 * @throws StoreError naming `quality.json` missing, not JSON or of
 *   another window; for an older plan, also a part missing, not JSON or
 *   short of the plan's rows (for a newer one, reading `rows` throws it)
 * @example
 * const { quality, rows } = await loadRunQuality(deps.reports, plan);
 */
export async function loadRunQuality(
  store: ObjectStore,
  plan: Pick<RunPlanFile, 'runId' | 'window' | 'qualityRows'>,
): Promise<LoadedQuality> {
  const report = await readRunQuality(store, plan);
  const held = report.byLink ?? [];
  const rows =
    plan.qualityRows === undefined
      ? async function* () {
          yield held;
        }
      : () => readQualityRows(store, plan);
  const top = plan.qualityRows?.topLinks ?? (await loadTopLinks(rows()));
  return { quality: withByLink(report, top), rows };
}

/**
 * The run's per-link quality rows, one part of `quality-rows/` at a time
 * (`writeQualityRows`), checked against the plan's count of them.
 *
 * @param store - the report store
 * @param plan - the run's plan, with `qualityRows`
 * @returns the rows, a part at a time
 * @throws StoreError naming a part missing or not JSON Lines, or the
 *   rows' count when it is not the plan's
 * @example
 * for await (const rows of readQualityRows(deps.reports, plan)) rows.length;
 */
export async function* readQualityRows(
  store: ObjectStore,
  plan: Pick<RunPlanFile, 'runId' | 'qualityRows'>,
): AsyncGenerator<LinkQuality[]> {
  const keys = runKeys(plan.runId);
  const { parts, rows } = plan.qualityRows ?? { parts: 0, rows: 0 };
  let read = 0;
  for (let part = 0; part < parts; part += 1) {
    const key = keys.qualityRows(part);
    const bytes = await store.get(key);
    if (bytes === undefined) throw new StoreError(`${key} is missing`);
    const page = parseLines(key, new TextDecoder().decode(bytes));
    read += page.length;
    yield page;
  }
  if (read !== rows) {
    throw new StoreError(
      `${keys.root}/quality-rows/ holds ${read} rows, not the plan's ` +
        `${rows}: ${REPLACED}`,
    );
  }
}

/**
 * One part's rows, one JSON text a line, parsed as one array: a parse a
 * line, with `decodeJson`'s reviver, took two to three times as long.
 * Plain JSON: the rows hold names and counts, never a non-finite number
 * (`encodeJson` wrote them as `JSON.stringify`).
 */
function parseLines(key: string, text: string): LinkQuality[] {
  try {
    return JSON.parse(`[${text.trimEnd().replaceAll('\n', ',')}]`);
  } catch (error) {
    throw new StoreError(`${key} is not valid JSON Lines`, { cause: error });
  }
}

/**
 * The report with `byLink` set to `rows`: in its place in an older
 * run's, else after `totals`, as `DataQualityReport` orders them.
 */
function withByLink(
  report: RunQuality,
  rows: readonly LinkQuality[],
): DataQualityReport {
  if ('byLink' in report) return { ...report, byLink: rows };
  const entries = Object.entries(report).flatMap((entry) =>
    entry[0] === 'totals' ? [entry, ['byLink', rows]] : [entry],
  );
  return Object.fromEntries(entries) as unknown as DataQualityReport;
}
