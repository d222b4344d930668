import { nearPair } from '#lib/accent-encoding';
import type { DataQualityReport } from '#lib/domain/quality';
import { splitStaleSeries } from '#lib/domain/stale-series';
import { UNSEEN_SHARE_MAX } from '#lib/domain/stopped-links';
import { shownName } from '#lib/input-message';
import { readsLike } from '#lib/report/reads-like';
import { withUnlistedNotes } from '#lib/report/unlisted-text';
import { formatPct, plural } from './format.ts';
import { list } from './quality-list.ts';

/**
 * The series not forecast: those whose links' recent traffic was all set
 * aside (it came: the collector's figures are at fault), apart from those
 * without data.
 *
 * @param q - the data-quality report, with its stale series
 * @returns zero to two sentences, HTML
 * @example
 * staleSentences(q); // ['1 link whose every sample … : a1, nor group:…']
 */
export function staleSentences(q: DataQualityReport): string[] {
  const { setAside, noData } = notedStale(q);
  const links = (q.setAsideLinks ?? []).map((l) => l.linkId);
  const series = setAside.length > 0 ? `, nor ${list(setAside)}` : '';
  return [
    ...(links.length > 0
      ? [
          `${plural(links.length, 'link')} whose every sample of the last two weeks was set aside (spike, negative or not finite), not forecast or judged: ${list(links)}${series}.`,
        ]
      : []),
    ...(noData.length > 0
      ? [
          `${noData.length} series without data in the last two weeks, not forecast or judged: ${list(noData)}.`,
        ]
      : []),
  ];
}

/**
 * `splitStaleSeries`, each bundle with the links not in links.csv that
 * read like its own (`withUnlistedNotes`): not forecast, it has no chart
 * to carry that note, and these lists are where it is named.
 */
function notedStale(q: DataQualityReport) {
  const split = splitStaleSeries(q);
  const noted = (names: readonly string[]) =>
    withUnlistedNotes(names, q.likelyMembers ?? []);
  return {
    setAside: noted(split.setAside),
    quiet: noted(split.quiet),
    noData: noted(split.noData),
  };
}

/**
 * The inventory links whose traffic stopped before the lake's last day
 * (`quietLinks`), each with its last day, and the series not forecast
 * for it: their bundles' days since were left out of the forecast
 * (docs/architecture.md "Bundles with a link gone quiet").
 *
 * @param q - the data-quality report, with its quiet links
 * @returns zero or one sentence, HTML
 * @example
 * quietSentences(q);
 * // ['1 link whose traffic stopped … : a2 (last 2026-05-21).']
 */
export function quietSentences(q: DataQualityReport): string[] {
  const quiet = q.quietLinks ?? [];
  if (quiet.length === 0) return [];
  const { quiet: stale } = notedStale(q);
  const links = list(quiet.map((l) => `${l.linkId} (last ${l.lastDay})`));
  const series =
    stale.length > 0
      ? ` Not forecast or judged, for want of a whole day in the last two weeks: ${list(stale)}.`
      : '';
  return [
    `${plural(quiet.length, 'link')} whose traffic stopped before the lake's last day, their bundles' days since left out of the forecast where the link carries over ${formatPct(UNSEEN_SHARE_MAX, 0)} of the bundle's usual traffic, else kept, short of its traffic: ${links}.${series}`,
  ];
}

/**
 * The links in the traffic not in the inventory, and those of them
 * links.csv spells otherwise (`nearLinks`), each with the inventory's id:
 * listed apart, the two ids did not say they were one link; an id that
 * reads like a bundle's members' names that bundle (`likelyMembers`).
 *
 * @param q - the data-quality report, with links not in the inventory
 * @returns one sentence, HTML
 * @example
 * unknownSentence(q); // '1 link in the traffic not in the inventory: x9.'
 */
export function unknownSentence(q: DataQualityReport): string {
  // Ids as the console shows them (`shownName`): one with a zero-width
  // space read as the inventory's own.
  const ids = readsLike(q.unknownLinks, q.likelyMembers ?? [], shownName);
  const unknown = `${plural(q.unknownLinks.length, 'link')} in the traffic not in the inventory: ${list(ids)}.`;
  const near = q.nearLinks ?? [];
  if (near.length === 0) return unknown;
  const [it, its, differ] =
    near.length === 1 ? ['it', 'its', 'differs'] : ['them', 'their', 'differ'];
  const pairs = list(near.map((n) => nearPair(n, shownName)));
  return (
    `${unknown} ${near.length} of them ${differ} only in case, spaces or ` +
    `punctuation from a links.csv link_id, whose link reads none of ${its} ` +
    `traffic (ids match exactly: write ${it} as links.csv does): ${pairs}.`
  );
}

/**
 * The inventory links with no traffic row in the window (`silentLinks`):
 * not forecast, so named here, as on the console, rather than missing
 * from the report without a word.
 *
 * @param q - the data-quality report, with its silent links
 * @returns one sentence, HTML, or none
 * @example
 * silentSentences(q); // ['1 link in the inventory with no traffic … : a7.']
 */
export function silentSentences(q: DataQualityReport): string[] {
  const silent = q.silentLinks ?? [];
  if (silent.length === 0) return [];
  return [
    `${plural(silent.length, 'link')} in the inventory with no traffic in the window, not forecast: ${list(silent)}.`,
  ];
}

/**
 * The links links.csv retires whose traffic still came since
 * (`trafficAfterRetirement`): counted in their bundles as the lake holds
 * it, so named here, as on the console (docs/architecture.md "Retired
 * links").
 *
 * @param q - the data-quality report
 * @returns one sentence, HTML, or none
 * @example
 * retiredSentences(q); // ['1 link retired in links.csv (retired_on) with traffic since, … : a2 (retired 2026-11-05, last 2026-12-04).']
 */
export function retiredSentences(q: DataQualityReport): string[] {
  const sending = q.trafficAfterRetirement ?? [];
  if (sending.length === 0) return [];
  const links = sending.map(
    (l) => `${l.linkId} (retired ${l.retiredOn}, last ${l.lastDay})`,
  );
  return [
    `${plural(sending.length, 'link')} retired in links.csv (retired_on) with traffic since, counted in the bundle's traffic, not forecast as a link (check the date, or the port): ${list(links)}.`,
  ];
}
