import { CAPACITY_RATIO_LIMIT, type LinkQuality } from '#lib/domain/quality';
import type { QualityKind } from '#lib/domain/vocabulary';
import { escapeHtml, plural } from './format.ts';
import { type Column, renderTable } from './html-table.ts';
import { keepDatesWhole } from './keep-whole.ts';
import { qualityHeading } from './quality-heading.ts';
import {
  list,
  quietSentences,
  retiredSentences,
  SHOWN,
  silentSentences,
  staleSentences,
  unknownSentence,
} from './quality-sentences.ts';
import type { ReportInput } from './report-input.ts';

const LINK_COLUMNS: readonly Column<LinkQuality>[] = [
  { header: 'Link', cell: (q) => escapeHtml(q.linkId), rowHeader: true },
  { header: 'Problem', cell: (q) => escapeHtml(q.kind.replaceAll('_', ' ')) },
  {
    header: 'Count',
    cell: (q) => rowCount(q.count),
    sort: (q) => q.count,
    kind: 'num',
  },
  {
    header: 'Days',
    cell: (q) => String(q.days),
    sort: (q) => q.days,
    kind: 'num',
  },
];

const LEFT_OUT = 'Bad traffic rows left out of the fit';

/**
 * The sentence of each kind counted in `quality_daily` (every kind has
 * one, or this does not compile), by what became of them (the
 * rollup's SQL, docs/architecture.md "Rolling up"): bad rows, and those of
 * links the inventory lacks, are left out of the fit; zeros stay in it
 * (an outage or an idle link reads as zero); missing samples are rows
 * that never came; samples off the minute are kept, at the nearest
 * minute; a row's capacity that is none is replaced by the inventory's.
 * Rows of another day than their folder's say how that happens.
 */
const KIND_SENTENCE: Record<QualityKind, string> = {
  duplicate: LEFT_OUT,
  non_finite: LEFT_OUT,
  negative: LEFT_OUT,
  spike: LEFT_OUT,
  wrong_partition:
    "Traffic rows whose ts is not on their dt= folder's day (UTC), left out of the fit: a collector that cuts folders by local days puts hours of the day before or after in each, west of UTC the evening's peak; write dt= as the UTC day of ts",
  unknown_link: LEFT_OUT,
  zero: 'Zero samples, kept in the fit (an outage or an idle link reads as zero)',
  missing_samples: "Samples missing at each link's interval",
  unaligned:
    "Samples whose time is off their interval on the clock: off the minute (00:05:03), moved to the nearest minute so that they add up with their bundle's other links, or minutes late (00:07 for a 5-minute link); fix the poller's clock",
  capacity_replaced: `Traffic rows whose capacity_bps was no capacity (outside 1 Mbps–50 Tbps, SNMP ifSpeed's ceiling, or more than ${CAPACITY_RATIO_LIMIT} times above or below links.csv's: kbps or Mbps written for bps), replaced by links.csv's in the spike check and the day's capacity; fix the collector`,
};

const rowCount = (n: number) => n.toLocaleString('en-US');

/**
 * The overview's data-quality section: bad rows counted by kind, the
 * links with most problems, unknown links, inventory links with no
 * traffic, missing days, and the forecast's own notes (short history,
 * fallback model).
 *
 * @param input - the report input
 * @returns the HTML section
 * @example
 * renderQualitySection(input);
 */
export function renderQualitySection(input: ReportInput): string {
  const q = input.dataQuality;
  const items = qualityItems(input);
  const summary =
    items.length === 0
      ? '<p>No data-quality problems found.</p>'
      : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const worst = [...q.byLink].sort((a, b) => b.count - a.count).slice(0, SHOWN);
  const table =
    worst.length === 0
      ? ''
      : renderTable({
          id: 'quality-table',
          caption: `Links with the most findings: rows flagged or samples missing (top ${SHOWN}; all in data-quality.json).`,
          columns: LINK_COLUMNS,
          rows: worst,
        });
  return `${qualityHeading(q)}${summary}${table}`;
}

/**
 * The section's list, one sentence per kind of problem found: bad rows
 * by kind, unknown links, silent and quiet links, missing days, stale series,
 * forecast notes.
 */
function qualityItems(input: ReportInput): string[] {
  const q = input.dataQuality;
  const kinds = Object.keys(KIND_SENTENCE) as QualityKind[];
  const sentences = [...new Set(Object.values(KIND_SENTENCE))];
  const items = sentences.flatMap((sentence) => {
    const of = kinds.filter((kind) => KIND_SENTENCE[kind] === sentence);
    const found = of
      .map((kind) => [kind, q.totals[kind] ?? 0] as const)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) =>
        of.length === 1
          ? rowCount(n)
          : `${kind.replaceAll('_', ' ')}: ${rowCount(n)} rows`,
      );
    return found.length === 0 ? [] : [`${sentence}: ${found.join('; ')}.`];
  });
  if (q.unknownLinks.length > 0) items.push(unknownSentence(q));
  items.push(...silentSentences(q), ...quietSentences(q));
  items.push(...retiredSentences(q));
  if (q.missingDays.length > 0)
    items.push(
      `${plural(q.missingDays.length, 'day')} with no traffic rolled up (none delivered, or none of it usable): ${list(q.missingDays)}.`,
    );
  items.push(...staleSentences(q));
  const notes = input.series.flatMap((s) =>
    s.forecast.warnings.map((w) => `${s.key}: ${w}`),
  );
  if (notes.length > 0) items.push(notesItem(notes));
  return items;
}

/**
 * The forecast's own notes, one item each: a note has commas and colons
 * of its own ("…, the last 2026-05-05: a1 sent 0 of 288 samples, …"), so
 * joined by commas the next series' note read as one more of its links.
 */
function notesItem(notes: readonly string[]): string {
  // Dates kept whole (`keepDatesWhole`): the text reads the same.
  const shown = notes
    .slice(0, SHOWN)
    .map((n) => `<li>${keepDatesWhole(escapeHtml(n))}</li>`);
  const more =
    notes.length > SHOWN ? `<li>and ${notes.length - SHOWN} more</li>` : '';
  return `Forecast notes (${notes.length}):<ul>${shown.join('')}${more}</ul>`;
}
