import type { DataQualityReport } from '#lib/domain/quality';
import { splitStaleSeries } from '#lib/domain/stale-series';
import { UNSEEN_SHARE_MAX } from '#lib/domain/stopped-links';
import { formatCount, formatPct, plural } from '#lib/report/format';
import { oversizedText } from '#lib/report/oversized-text';
import { qualityCounts } from '#lib/report/quality-words';
import { sharedAsnText } from '#lib/report/shared-asn-text';
import { unreadTraffic } from '#lib/report/unread-traffic';
import {
  firstIds,
  firstSeries,
  firstUnknownIds,
  formatNearLinks,
} from './format-link-ids.ts';

/**
 * The console summary's data-quality line: the counts by kind in the
 * overview's words and order (`QUALITY_SENTENCES`, without the causes the
 * overview adds), links not in the inventory (and those it spells
 * otherwise), days without traffic, traffic files left unread, silent
 * and quiet links, capacities far above traffic, and the series not
 * forecast, by why. Days without traffic up to the run are not counted: the
 * summary says those on a line of their own, as the emails do
 * (`staleDataLine`), from the same day, which it passes.
 *
 * @param quality - the run's data-quality report
 * @param lastTraffic - the lake's last day with traffic when it is days
 *   before the run (`lastTrafficDay` of the run's date), else undefined
 * @returns one line, without its newline
 * @example
 * formatQuality(summary.quality, lastTrafficDay(summary.quality, summary.asOf));
 * // 'Data quality: bad traffic rows left out of the fit: spike 3; zero
 * //  samples, kept in the fit: 2; …'
 */
export function formatQuality(
  quality: DataQualityReport,
  lastTraffic: string | undefined,
): string {
  const parts = qualityCounts(quality)
    .map(({ sentence, found }) => {
      const counts = found.map(([words, n]) =>
        sentence.kinds.length === 1
          ? formatCount(n)
          : `${words} ${formatCount(n)}`,
      );
      return `${lowerFirst(sentence.head)}: ${counts.join(', ')}`;
    })
    .join('; ');
  const unknown = quality.unknownLinks.length;
  return [
    `Data quality: ${parts || 'no bad rows'}`,
    unknown > 0
      ? `; ${plural(unknown, 'link')} not in the inventory: ${firstUnknownIds(quality.unknownLinks, quality.likelyMembers ?? [])}${formatNearLinks(quality.nearLinks ?? [])}`
      : '',
    formatMissingDays(quality.missingDays, lastTraffic),
    formatUnread(quality),
    formatHint(sharedAsnText(quality)),
    formatHint(oversizedText(quality)),
    formatSilent(quality.silentLinks ?? []),
    formatQuiet(quality),
    formatRetired(quality),
    formatStale(quality),
  ].join('');
}

/**
 * The days with no traffic in the middle of the window. When the lake's
 * traffic stopped days before the run, the days since are left to the
 * summary's `Data:` line (`staleDataLine`), and these are the earlier ones.
 */
function formatMissingDays(
  missingDays: readonly string[],
  last: string | undefined,
): string {
  const days =
    last === undefined ? missingDays : missingDays.filter((day) => day < last);
  if (days.length === 0) return '';
  const noun = last === undefined ? 'day' : 'earlier day';
  return `; ${plural(days.length, noun)} with no traffic`;
}

/** Traffic files left out and days not rolled up again (`unreadTraffic`). */
const formatUnread = (quality: DataQualityReport) =>
  unreadTraffic(quality)
    .map((u) => `; ${u.head}: ${firstIds(u.names)}`)
    .join('');

/**
 * The series not forecast: those whose links' recent traffic was all set
 * aside, said so (with those links), apart from those with no data.
 */
function formatStale(quality: DataQualityReport): string {
  const { setAside, noData } = splitStaleSeries(quality);
  const links = (quality.setAsideLinks ?? []).map((l) => l.linkId);
  const likely = quality.likelyMembers ?? [];
  const series =
    setAside.length > 0 ? `, nor ${firstSeries(setAside, likely)}` : '';
  return [
    links.length > 0
      ? `; not forecast, every sample of the last two weeks set aside (spike, negative or not finite; see data-quality.json): ${firstIds(links)}${series}`
      : '',
    noData.length > 0
      ? `; not forecast, no data for two weeks: ${firstSeries(noData, likely)}`
      : '',
  ].join('');
}

/**
 * Inventory links whose traffic stopped, with their last day, and the
 * series not forecast for it.
 */
function formatQuiet(quality: DataQualityReport): string {
  const quiet = quality.quietLinks ?? [];
  if (quiet.length === 0) return '';
  const { quiet: stale } = splitStaleSeries(quality);
  const links = quiet.map((l) => `${l.linkId} (last ${l.lastDay})`);
  const series =
    stale.length > 0
      ? `; not forecast, no whole day for two weeks: ${firstSeries(stale, quality.likelyMembers ?? [])}`
      : '';
  const share = formatPct(UNSEEN_SHARE_MAX, 0);
  return `; ${plural(quiet.length, 'link')} whose traffic stopped, their bundles' days since left out of the forecast where over ${share} of their traffic: ${firstIds(links)}${series}`;
}

/**
 * Links links.csv retires whose traffic still came since, with their
 * dates: counted in their bundles (docs/architecture.md "Retired links").
 */
function formatRetired(quality: DataQualityReport): string {
  const sending = quality.trafficAfterRetirement ?? [];
  if (sending.length === 0) return '';
  const links = sending.map(
    (l) => `${l.linkId} (retired ${l.retiredOn}, last ${l.lastDay})`,
  );
  return `; ${plural(sending.length, 'link')} retired in links.csv still sending, counted in their bundles, not forecast: ${firstIds(links)}`;
}

/** A hint's parts (`sharedAsnText`, `oversizedText`) as a part of a line. */
const formatHint = (h: ReturnType<typeof sharedAsnText>) =>
  h === undefined ? '' : `; ${h.head}${h.detail}: ${firstIds(h.items)}`;

/** Inventory links with no traffic: the count and the first few ids. */
function formatSilent(links: readonly string[]): string {
  if (links.length === 0) return '';
  return `; ${plural(links.length, 'inventory link')} with no traffic in the window (see data-quality.json): ${firstIds(links)}`;
}

/** 'Zero samples, …' as a part of a line: 'zero samples, …'. */
const lowerFirst = (text: string) =>
  text.charAt(0).toLowerCase() + text.slice(1);
