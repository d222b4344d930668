import type { DataQualityReport, LinkQuality } from '#lib/domain/quality';
import {
  loadQualitySummary,
  type QualityInput,
} from '#lib/pipeline/load-quality';
import { qualityRowPages } from '#lib/pipeline/quality-rows';
import type { QueryEngine } from '#lib/ports/query-engine';

/**
 * The whole data-quality report, its per-link rows collected from their
 * pages: what the plan writes as `quality.json` and its parts of rows, for
 * tests that compare its fields.
 *
 * @example
 * const report = await loadQualityReport(engine, { from, to, links: [] });
 */
export async function loadQualityReport(
  engine: QueryEngine,
  input: QualityInput,
): Promise<DataQualityReport> {
  const summary = await loadQualitySummary(engine, input);
  const byLink: LinkQuality[] = [];
  for await (const page of qualityRowPages(engine, input)) byLink.push(...page);
  return { ...summary, byLink };
}
