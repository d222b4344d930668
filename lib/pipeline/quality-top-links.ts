import type { LinkQuality } from '#lib/domain/quality';
import { SHOWN } from '#lib/report/quality-list';
import { addTopLinks } from '#lib/report/top-links';

/** Rows passing on, and the overview's top links of those passed. */
export interface TopLinksTally {
  /** The rows, page by page, as they came. */
  readonly pages: AsyncGenerator<readonly LinkQuality[]>;
  /** The top links of the rows passed so far, most findings first. */
  readonly top: () => readonly LinkQuality[];
}

/**
 * The overview's links with the most findings (the top `SHOWN`, a tie
 * in the report's order: `addTopLinks`), kept as the data-quality
 * report's per-link rows pass a page at a time on their way elsewhere:
 * the plan keeps them while it writes the rows into parts and records
 * them in `plan.json`, so that publish reads the parts once
 * (docs/architecture.md "The plan's memory").
 *
 * @param pages - the rows, in the report's order, a page at a time
 * @returns the same pages, and the top links of those passed
 * @example
 * const tally = tallyTopLinks(qualityRowPages(deps.engine, window));
 * await writeQualityRows(deps.reports, runId, tally.pages);
 * tally.top(); // the 20 rows of the highest counts
 */
export function tallyTopLinks(
  pages: AsyncIterable<readonly LinkQuality[]>,
): TopLinksTally {
  let top: LinkQuality[] = [];
  async function* passing() {
    for await (const page of pages) {
      top = addTopLinks(top, page, SHOWN);
      yield page;
    }
  }
  return { pages: passing(), top: () => top };
}

/**
 * The overview's top links of every row (`tallyTopLinks`), read to the
 * end: for a run folder whose plan recorded none.
 *
 * @param pages - the rows, in the report's order, a page at a time
 * @returns the top links, most findings first
 * @throws whatever `pages` throws
 * @example
 * const top = await loadTopLinks(readQualityRows(deps.reports, plan));
 */
export async function loadTopLinks(
  pages: AsyncIterable<readonly LinkQuality[]>,
): Promise<readonly LinkQuality[]> {
  const tally = tallyTopLinks(pages);
  for await (const page of tally.pages) void page;
  return tally.top();
}
