import type { LinkQuality } from '#lib/domain/quality';
import type { ObjectStore } from '#lib/ports/object-store';
import { tallyTopLinks } from './quality-top-links.ts';
import { encodeJson, runKeys } from './run-files.ts';

/**
 * Per-link rows in one part of `quality-rows/`: about 0.7 MB of JSON
 * Lines, so that a reader holds one part at a time, and a fleet of
 * 100,000 links with seven kinds each writes 70 of them.
 */
export const QUALITY_PART_ROWS = 10_000;

/**
 * How the data-quality report's per-link rows were written
 * (`plan.json`'s `qualityRows`): the number of parts and of rows, which
 * publish checks, and the overview's top links among them
 * (docs/architecture.md "Shard format").
 */
export interface QualityRowParts {
  readonly parts: number;
  readonly rows: number;
  /**
   * The rows' top links (`tallyTopLinks`), kept as they were written, so
   * that publish reads the parts once (absent in an older plan, whose
   * publish reads them twice to find them: `loadRunQuality`).
   */
  readonly topLinks?: readonly LinkQuality[];
}

/**
 * Writes the data-quality report's per-link rows (`byLink`) as they come,
 * in the report's order, into `runs/<runId>/quality-rows/part-NNNN.jsonl`,
 * `QUALITY_PART_ROWS` rows a part, one row a line (`encodeJson`): a part
 * is held while it fills and then written, so that neither the plan nor
 * publish, which reads them a part at a time (`readQualityRows`), ever
 * holds every row (docs/architecture.md "Publish's memory").
 *
 * @param store - the report store
 * @param runId - the run
 * @param pages - the rows, in order, a page at a time
 * @returns how many parts and rows were written
 * @throws whatever `pages` throws (the query engine's QueryError); a
 *   StoreError when the store fails
 * @example
 * const written = await writeQualityRows(deps.reports, runId,
 *   qualityRowPages(deps.engine, window)); // { parts: 1, rows: 2502 }
 */
export async function writeQualityRows(
  store: ObjectStore,
  runId: string,
  pages: AsyncIterable<readonly LinkQuality[]>,
): Promise<QualityRowParts> {
  const keys = runKeys(runId);
  let parts = 0;
  let rows = 0;
  let lines: string[] = [];
  const flush = async () => {
    const text = `${lines.join('\n')}\n`;
    await store.put(keys.qualityRows(parts), text, 'application/x-ndjson');
    parts += 1;
    lines = [];
  };
  for await (const page of pages) {
    for (const row of page) {
      lines.push(encodeJson(row));
      rows += 1;
      if (lines.length === QUALITY_PART_ROWS) await flush();
    }
  }
  if (lines.length > 0) await flush();
  return { parts, rows };
}

/**
 * Writes the report's per-link rows into parts (`writeQualityRows`) and
 * keeps the overview's top links among them as they pass
 * (`tallyTopLinks`), so that publish need not read the parts for them.
 *
 * @param store - the report store
 * @param runId - the run
 * @param pages - the rows, in the report's order, a page at a time
 * @returns how many parts and rows were written, and the top links
 * @throws whatever `pages` throws; a StoreError when the store fails
 * @example
 * const qualityRows = await writeQualityRowsKeepingTop(deps.reports,
 *   runId, qualityRowPages(deps.engine, window));
 */
export async function writeQualityRowsKeepingTop(
  store: ObjectStore,
  runId: string,
  pages: AsyncIterable<readonly LinkQuality[]>,
): Promise<QualityRowParts> {
  const tally = tallyTopLinks(pages);
  const written = await writeQualityRows(store, runId, tally.pages);
  return { ...written, topLinks: tally.top() };
}
