import { ispSlug } from '#lib/domain/slug';
import type { Severity } from '#lib/domain/vocabulary';
import type { ChangeRule, GroupChange } from '#lib/rules/change-types';
import { CHANGE_KINDS, type ChangeKind } from '#lib/rules/change-types';
import { severityBadge } from './describe.ts';
import { escapeHtml, plural } from './format.ts';
import { tablePieces } from './html-table.ts';
import { ispLink } from './index-cells.ts';
import { keepFiguresWhole } from './keep-whole.ts';
import { groupAnchor } from './rank.ts';
import type { ReportInput } from './report-input.ts';

/**
 * The table's columns. `Now` is the bundle's severity in this run, as the
 * action table, the data files and the emails give it (README "Changes
 * since the previous run": the rule decides only what is called a
 * change): a fall the rule holds ("resolved (critical → watch)" for a
 * bundle now ok) read there as the held level, and a warning or critical
 * held above `Now` ends the row's text ("held at critical (below it
 * since …)").
 */
function columnsOf(now: ReadonlyMap<string, Severity>) {
  const severity = (c: GroupChange) => now.get(c.key) ?? c.severity.to;
  return [
    {
      header: 'Bundle',
      cell: (c: GroupChange) =>
        `<a href="isp/${ispSlug(c.isp)}.html#${groupAnchor(c.key)}">${escapeHtml(c.key)}</a>`,
      rowHeader: true,
    },
    { header: 'ISP', cell: (c: GroupChange) => ispLink(c.isp) },
    {
      header: 'Now',
      cell: (c: GroupChange) => severityBadge(severity(c)),
      sort: severity,
    },
    // Figures kept whole: a phone broke '(2027-08-16 → 2027-05-03)' at
    // hyphens, and '105 days' at its space.
    {
      header: 'What changed',
      cell: (c: GroupChange) => keepFiguresWhole(escapeHtml(c.text)),
    },
  ];
}

/**
 * The overview's first section: what changed since the previous run, as
 * counts per kind of change and one row per bundle that changed.
 *
 * @param input - the report input (its `changes`)
 * @returns the HTML, or '' when the run has no comparison (a what-if)
 * @example
 * renderChangesSection(input); // '<h2 id="changes">Since 2026-11-19 …'
 */
export function renderChangesSection(input: ReportInput): string {
  return [...changesSectionPieces(input)].join('');
}

/**
 * Each kind of change in words, for the counts above the table: the
 * codes of changes.json ('order-by-moved', 'growth-re-estimated') read
 * as identifiers on the page.
 */
const KIND_WORDS: Record<ChangeKind, string> = {
  new: 'new',
  escalated: 'escalated',
  're-opened': 're-opened',
  'de-escalated': 'de-escalated',
  resolved: 'resolved',
  'order-by-moved': 'order-by date moved',
  'ask-changed': 'ask changed',
  'growth-re-estimated': 'growth re-estimated',
};

/**
 * `renderChangesSection`'s HTML in pieces, its table a thousand rows at
 * a time (`tablePieces`): a fleet's run can change thousands of bundles.
 *
 * @param input - the report input (its `changes`)
 * @returns the pieces, none when the run has no comparison
 * @example
 * [...changesSectionPieces(input)].join('');
 */
export function* changesSectionPieces(input: ReportInput): Generator<string> {
  const report = input.changes;
  if (report === undefined) return;
  // Runs compare with the newest run of an earlier day: a second run of
  // the same day, which read "First run" and "the next run lists what
  // changed" again, is not the store's first.
  if (report.previousAsOf === undefined) {
    yield `<h2 id="changes">Changes since the previous run</h2>
<p>No run of an earlier day to compare with: a run replaces the report of its day. The first run of a later day lists what changed since this one.</p>`;
    return;
  }
  const { changes } = report;
  const head = `<h2 id="changes">Changes since ${report.previousAsOf} (${plural(changes.length, 'bundle')})</h2>`;
  if (changes.length === 0) {
    yield `${head}<p>No bundle changed beyond the noise margins.</p>`;
    return;
  }
  // The list folded under its counts: open, a week's changes put the
  // action table below a laptop's first screen (README "Print and phone").
  yield `${head}<ul class="counts">${countItems(changes)}</ul>
<details class="changes"><summary>What changed, bundle by bundle (${changes.length})</summary>
`;
  yield* tablePieces({
    id: 'changes-table',
    caption: ruleText(report.rule),
    columns: columnsOf(
      new Map(
        input.evaluations
          .filter((e) => e.level === 'group')
          .map((e) => [e.key, e.severity]),
      ),
    ),
    rows: changes,
    allIn: 'changes.json',
  });
  yield '</details>';
}

/** Each kind of change's count, as list items, none for a kind absent. */
function countItems(changes: readonly GroupChange[]): string {
  return CHANGE_KINDS.map(
    (k) => [k, changes.filter((c) => c.kinds.includes(k)).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `<li><strong>${n}</strong> ${KIND_WORDS[k]}</li>`)
    .join('');
}

/**
 * The hysteresis rule in words, for readers of the report who have no
 * README: what counts as a change, with the run's own parameters.
 */
function ruleText(rule: ChangeRule): string {
  return (
    'Changes hold through noise: a higher severity or a larger ask counts at once; ' +
    `a lower severity once every run for ${rule.confirmDays} days saw it, or, on the run ` +
    'that added capacity or planned an augment, once the order-by date ' +
    `is ${rule.marginDays} days clear of the level's boundary; a smaller ask once two runs in a row saw it; ` +
    `an order-by date moves at ${rule.orderByShiftDays} days or more (not while ` +
    'it is today or past before and after: the bundle is as overdue as before), growth at ' +
    `${rule.growthShiftPct} points a year or more.`
  );
}
