import { CAPACITY_RATIO_LIMIT } from '#lib/domain/capacity-ratio-limit';
import type { DataQualityReport } from '#lib/domain/quality';
import type { QualityKind } from '#lib/domain/vocabulary';

/**
 * The words of each kind counted in `quality_daily`, where the overview
 * and the console name one (the overview's list of bad rows and its
 * table's Problem column, the console's data-quality line): one place,
 * so that neither reads `missing_samples` where the other reads words.
 *
 * @example
 * QUALITY_KIND_WORDS.non_finite; // 'empty or not finite'
 */
export const QUALITY_KIND_WORDS: Readonly<Record<QualityKind, string>> = {
  duplicate: 'duplicate',
  // NULL (no value or no timestamp) is counted with NaN and infinities
  // (`lib/sql/rollup-stage.ts`): 'not finite' alone sent a reader to
  // look for NaN in a file whose `ts` was empty.
  non_finite: 'empty or not finite',
  negative: 'negative',
  spike: 'spike',
  wrong_partition: 'wrong partition',
  unknown_link: 'unknown link',
  zero: 'zero',
  missing_samples: 'missing samples',
  unaligned: 'unaligned',
  capacity_replaced: 'capacity replaced',
  second_poller: 'second poller',
};

/** One sentence of the overview's list of counts, and the kinds it counts. */
export interface QualitySentence {
  /** What became of the rows, as the console says it too. */
  readonly head: string;
  /** What the overview adds: the cause, and what to fix. */
  readonly detail: string;
  readonly kinds: readonly QualityKind[];
}

/**
 * The kinds counted in `quality_daily`, by what became of them (the
 * rollup's SQL, docs/architecture.md "Rolling up"), in the overview's
 * order: bad rows, and those of links the inventory lacks, are left out
 * of the fit; zeros stay in it (an outage or an idle link reads as zero);
 * missing samples are rows that never came; a second poller's samples
 * are kept (its link's sums read them over its interval); samples off the minute are
 * kept, at the nearest minute; a row's capacity that is none is replaced
 * by the inventory's. Rows of another day than their folder's say how
 * that happens. Every kind is in one sentence
 * (`test/lib/report/quality-words.test.ts`).
 *
 * @example
 * QUALITY_SENTENCES[0].head; // 'Bad traffic rows left out of the fit'
 */
export const QUALITY_SENTENCES: readonly QualitySentence[] = [
  {
    head: 'Bad traffic rows left out of the fit',
    detail: '',
    kinds: ['duplicate', 'non_finite', 'negative', 'spike', 'unknown_link'],
  },
  {
    head: "Traffic rows whose ts is not on their dt= folder's day (UTC), left out of the fit",
    detail:
      ": a collector that cuts folders by local days puts hours of the day before or after in each, west of UTC the evening's peak; write dt= as the UTC day of ts",
    kinds: ['wrong_partition'],
  },
  {
    head: 'Zero samples, kept in the fit',
    detail: ' (an outage or an idle link reads as zero)',
    kinds: ['zero'],
  },
  {
    head: "Samples missing at each link's interval",
    detail: '',
    kinds: ['missing_samples'],
  },
  {
    head: "Samples from a second poller, off their link's grid, kept in the fit",
    detail:
      ': the link was polled twice all day (:01, :06, … beside :00, :05, …), as while a poller is being replaced; its missing samples are counted at its own interval; stop the old poller once the new one is trusted',
    kinds: ['second_poller'],
  },
  {
    head: 'Samples whose time is off their interval on the clock',
    detail:
      ": off the minute (00:05:03), moved to the nearest minute so that they add up with their bundle's other links, or minutes late (00:07 for a 5-minute link); fix the poller's clock",
    kinds: ['unaligned'],
  },
  {
    head: 'Traffic rows whose capacity_bps was no capacity',
    detail: ` (outside 1 Mbps–50 Tbps, SNMP ifSpeed's ceiling, or more than ${CAPACITY_RATIO_LIMIT} times above or below links.csv's: kbps or Mbps written for bps), replaced by links.csv's in the spike check and the day's capacity; fix the collector`,
    kinds: ['capacity_replaced'],
  },
];

/**
 * The words of the rows without a `link_id` (NULL or empty), which
 * `quality_daily` counts as `unknown_link`: named apart, an empty id read
 * as one links.csv lacks.
 */
export const NO_LINK_ID_WORDS = 'empty link_id';

/** The counts of `data-quality.json` that `qualityCounts` reads. */
export type QualityTotalsShown = Pick<
  DataQualityReport,
  'totals' | 'noLinkIdRows'
>;

/**
 * The counts found, sentence by sentence in the overview's order: each
 * sentence's kinds with a count above zero, in its order, each with its
 * words; `unknown_link` split into the ids links.csv lacks and the rows
 * without a `link_id` (`noLinkIdRows`, `NO_LINK_ID_WORDS`).
 *
 * @param q - `data-quality.json`'s totals by kind, and its rows of no link
 * @returns the sentences with counts, each with its kinds' words and counts
 * @example
 * qualityCounts({ totals: { zero: 2, spike: 3 } });
 * // [{ sentence: <bad rows>, found: [['spike', 3]] },
 * //  { sentence: <zero samples>, found: [['zero', 2]] }]
 */
export function qualityCounts(
  q: QualityTotalsShown,
): { sentence: QualitySentence; found: [string, number][] }[] {
  const noId = q.noLinkIdRows ?? 0;
  return QUALITY_SENTENCES.flatMap((sentence) => {
    const found = sentence.kinds
      .flatMap((kind) => kindCounts(kind, q.totals[kind] ?? 0, noId))
      .filter(([, n]) => n > 0);
    return found.length === 0 ? [] : [{ sentence, found }];
  });
}

/** A kind's words and count; `unknown_link`'s in two, by `link_id`. */
function kindCounts(
  kind: QualityKind,
  n: number,
  noId: number,
): [string, number][] {
  const words = QUALITY_KIND_WORDS[kind];
  return kind === 'unknown_link'
    ? [
        [words, n - noId],
        [NO_LINK_ID_WORDS, noId],
      ]
    : [[words, n]];
}
