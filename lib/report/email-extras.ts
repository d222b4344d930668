import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import type { DataQualityReport } from '#lib/domain/quality';
import { seriesName } from '#lib/domain/stale-series';
import { folderLink } from './email-format.ts';
import type { GroupBlockExtras } from './email-group-block.ts';
import { staleDataText } from './email-stale-data.ts';

/** What changed per group key since the previous run's date. */
export interface AlertChanges {
  readonly since: string;
  readonly lines: Readonly<Record<string, string>>;
  /**
   * The group keys whose change is `re-opened` (at risk again after being
   * resolved), so that their alert does not call them new.
   */
  readonly reopened?: readonly string[];
}

/**
 * A group's extra lines in an alert: what changed since the previous run,
 * its links gone quiet (the run's `quietLinks`), the links not in
 * links.csv whose ids read like its members' (`likelyMembers`), the lake's last day
 * with traffic when it is days before the run, and the link to the
 * bundle on its ISP page in the dated report, or the what-if's (when
 * `notify.reportBaseUrl` is set).
 *
 * @param input - the message's changes, configuration, date, report
 *   folder (`reports/<asOf>` unless given) and data-quality report
 * @param g - the group
 * @returns the extras for `renderGroupBlock`
 * @example
 * alertExtras({ asOf, config, changes }, g).link;
 * // 'https://r.example/reports/2026-11-26/isp/acme.html#g-acme-lhr1-pni'
 */
export function alertExtras(
  input: {
    readonly changes?: AlertChanges;
    readonly config: Config;
    readonly asOf: string;
    readonly folder?: string;
    readonly quality?:
      | (Pick<DataQualityReport, 'quietLinks' | 'likelyMembers'> & TrafficDays)
      | undefined;
  },
  g: Evaluation,
): GroupBlockExtras {
  const { changes, config, asOf } = input;
  const folder = input.folder ?? `reports/${asOf}`;
  const base = config.notify.reportBaseUrl;
  const id = seriesName({ level: 'group', key: g.key });
  const quiet = (input.quality?.quietLinks ?? []).filter((l) =>
    l.series.includes(id),
  );
  const unlisted = (input.quality?.likelyMembers ?? [])
    .filter((l) => l.group === g.key)
    .map((l) => l.linkId);
  const stale = staleDataText(input.quality, asOf);
  return {
    ...(changes
      ? {
          since: {
            date: changes.since,
            ...(changes.lines[g.key] ? { change: changes.lines[g.key] } : {}),
          },
        }
      : {}),
    ...(quiet.length > 0 ? { quiet } : {}),
    ...(unlisted.length > 0 ? { unlisted } : {}),
    ...(stale === undefined ? {} : { stale }),
    ...(base === '' ? {} : { link: folderLink(base, folder, g.isp, g.key) }),
  };
}
