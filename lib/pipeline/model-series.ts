import { type Config, forecastDays } from '#lib/config';
import { addDays, daysBetween } from '#lib/domain/dates';
import type { TrafficGone } from '#lib/domain/evaluation';
import type { SeriesForecast } from '#lib/domain/forecast';
import type { DailySeries } from '#lib/domain/series';
import { namedFarApart } from '#lib/forecast/far-apart-warning';
import { forecastSeries } from '#lib/forecast/index';
import { retiredOn } from './in-service-links.ts';
import { leaveOutIncomplete } from './incomplete-days.ts';
import { withoutRetiredTraffic } from './retired-traffic.ts';
import type { CatalogEntry } from './series-catalog.ts';
import { silentNote } from './silent-members.ts';
import { unlistedNote } from './unlisted-members.ts';
import { withoutGap } from './without-gap.ts';

/** A known series with its history and its forecast from the as-of date. */
export interface ModelledSeries {
  readonly entry: CatalogEntry;
  readonly history: DailySeries;
  /** Day `i` of the forecast is `asOf + i`. */
  readonly forecast: SeriesForecast;
  /** Retired links whose traffic was taken out of its history, if any. */
  readonly trafficGone?: readonly TrafficGone[];
}

/** Series with no data in this many days before the as-of date are stale. */
export const STALE_AFTER_DAYS = 14;

/**
 * Forecasts every known series that still has recent data, at the
 * decision level and at 95 %, over the longer of the horizon and the
 * planning horizon. A group's or ISP's days on which its links sent too
 * few samples for a true sum are left out first (`leaveOutIncomplete`,
 * with a note), where `histories` holds its links' series, and the
 * traffic its retired links took with them (`withoutRetiredTraffic`,
 * with a note). A series
 * whose last days are missing is forecast from its last observation and
 * the forecast is re-aligned so that day `i` is `asOf + i`.
 *
 * @param entries - catalog entries (series known to the inventory)
 * @param histories - daily series of the history window, by level and key
 * @param asOf - the run's "today"
 * @param config - horizon and decision level
 * @returns modelled series and the keys skipped as stale
 * @example
 * const { modelled } = modelSeries(entries, histories, '2026-11-26', config);
 */
export function modelSeries(
  entries: readonly CatalogEntry[],
  histories: ReadonlyMap<string, DailySeries>,
  asOf: string,
  config: Config,
): { modelled: ModelledSeries[]; stale: CatalogEntry[] } {
  const horizon = forecastDays(config);
  const levels = [...new Set([config.decisionLevel, 95])];
  const modelled: ModelledSeries[] = [];
  const stale: CatalogEntry[] = [];
  for (const entry of entries) {
    const whole = completeDays(entry, histories);
    const last = whole?.history.values.findLastIndex((v) => v >= 0) ?? -1;
    if (whole === undefined || last < 0) {
      stale.push(entry);
      continue;
    }
    const { history, note, gone } = whole;
    const gap = daysBetween(history.start, asOf) - 1 - last;
    if (gap >= STALE_AFTER_DAYS) {
      stale.push(entry);
      continue;
    }
    const raw = datedFarApart(
      history,
      forecastSeries(history.values, { horizon: horizon + gap, levels }),
    );
    // Days at the end with data that were left out: the note says so.
    const cut = gap - (daysBetween(entry.lastDay, asOf) - 1);
    const notes = [note, silentNote(entry), unlistedNote(entry)];
    const forecast = withNotes(withoutGap(raw, gap, cut), notes);
    modelled.push({
      entry,
      history,
      forecast,
      ...(gone === undefined ? {} : { trafficGone: gone }),
    });
  }
  return { modelled, stale };
}

/** An entry's history, a group's or ISP's with its incomplete days out. */
function completeDays(
  entry: CatalogEntry,
  histories: ReadonlyMap<string, DailySeries>,
):
  | { history: DailySeries; note?: string; gone?: readonly TrafficGone[] }
  | undefined {
  const history = histories.get(seriesId(entry));
  if (history === undefined || entry.level === 'link')
    return history && { history };
  const links = [...entry.links, ...(entry.retired ?? [])];
  const members = links.flatMap((link) => {
    const member = histories.get(seriesId({ level: 'link', key: link.linkId }));
    return member === undefined ? [] : [member];
  });
  const days = retiredOn(entry);
  const whole = leaveOutIncomplete(history, members, days);
  const judged = withoutRetiredTraffic(whole.history, members, days);
  if (judged === undefined) return whole;
  const notes = [whole.note, judged.note].filter((n) => n !== undefined);
  return {
    history: { ...whole.history, values: judged.values },
    note: notes.join('; '),
    gone: judged.gone,
  };
}

/**
 * The forecast with its note of values set aside as far apart naming
 * their dates, not their days in the series: the note is read by a
 * chart of dates.
 */
function datedFarApart(
  history: DailySeries,
  forecast: SeriesForecast,
): SeriesForecast {
  const warnings = namedFarApart(history.values, forecast, (i) =>
    addDays(history.start, i),
  );
  return { ...forecast, warnings };
}

/** The forecast with the notes given added to its warnings, in order. */
function withNotes(
  forecast: SeriesForecast,
  notes: readonly (string | undefined)[],
): SeriesForecast {
  const given = notes.filter((n) => n !== undefined);
  if (given.length === 0) return forecast;
  return { ...forecast, warnings: [...forecast.warnings, ...given] };
}

/**
 * The id of a series in maps: level and key.
 *
 * @example
 * seriesId({ level: 'group', key: 'Acme/LHR1/pni' });
 */
export function seriesId(series: { level: string; key: string }): string {
  return `${series.level}\u0000${series.key}`;
}
