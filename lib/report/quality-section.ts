import type { LinkQuality } from '#lib/domain/quality';
import { quotedJson, shownName } from '#lib/input-message';
import { escapeHtml, formatCount, plural } from './format.ts';
import { type Column, renderTable } from './html-table.ts';
import { keepDatesWhole, keepFiguresWhole } from './keep-whole.ts';
import { oversizedText } from './oversized-text.ts';
import { qualityHeading } from './quality-heading.ts';
import { list, SHOWN } from './quality-list.ts';
import {
  quietSentences,
  retiredSentences,
  silentSentences,
  staleSentences,
  unknownSentence,
} from './quality-sentences.ts';
import {
  NO_LINK_ID_WORDS,
  QUALITY_KIND_WORDS,
  qualityCounts,
} from './quality-words.ts';
import type { ReportInput } from './report-input.ts';
import { sharedAsnText } from './shared-asn-text.ts';
import { addTopLinks } from './top-links.ts';
import { unreadTraffic } from './unread-traffic.ts';

/** The Link cell of the rows without a link_id. */
const NO_LINK_ID_CELL = '(none)';

// An id as the section's sentences and the console show it (`shownName`:
// `"ghost-\tx"`, where a tab or a zero-width space read as nothing), and
// the rows without a link_id under a word of their own, not 'unknown link'.
// A link whose id is their cell's text is shown in quotes, as JSON.
const LINK_COLUMNS: readonly Column<LinkQuality>[] = [
  {
    header: 'Link',
    cell: (q) =>
      q.linkId === null
        ? NO_LINK_ID_CELL
        : escapeHtml(
            q.linkId === NO_LINK_ID_CELL
              ? quotedJson(q.linkId)
              : shownName(q.linkId),
          ),
    rowHeader: true,
  },
  {
    header: 'Problem',
    cell: (q) =>
      escapeHtml(
        q.linkId === null ? NO_LINK_ID_WORDS : QUALITY_KIND_WORDS[q.kind],
      ),
  },
  {
    header: 'Count',
    cell: (q) => formatCount(q.count),
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

/**
 * The overview's data-quality section: bad rows counted by kind, the
 * links with most problems, unknown links, inventory links with no
 * traffic, missing days, traffic files left unread, and the forecast's own notes (short history,
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
  const worst = addTopLinks([], q.byLink, SHOWN);
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
  const items = qualityCounts(q).map(({ sentence, found }) => {
    const counts = found.map(([words, n]) =>
      sentence.kinds.length === 1
        ? formatCount(n)
        : `${words}: ${formatCount(n)} rows`,
    );
    return `${sentence.head}${sentence.detail}: ${counts.join('; ')}.`;
  });
  if (q.unknownLinks.length > 0) items.push(unknownSentence(q));
  items.push(...silentSentences(q), ...quietSentences(q));
  items.push(...retiredSentences(q));
  if (q.missingDays.length > 0)
    items.push(
      `${plural(q.missingDays.length, 'day')} with no traffic rolled up (none delivered, or none of it usable): ${list(q.missingDays)}.`,
    );
  for (const u of unreadTraffic(q))
    items.push(`${u.head}${u.detail}: ${list(u.items)}.`);
  // Figures whole: a phone broke '310 Mbps' from its unit.
  for (const hint of [sharedAsnText(q), oversizedText(q)])
    if (hint)
      items.push(
        `${hint.head}${hint.detail}: ${keepFiguresWhole(list(hint.items))}.`,
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
