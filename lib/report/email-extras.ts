import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import { folderLink } from './email-format.ts';
import type { GroupBlockExtras } from './email-group-block.ts';

/** What changed per group key since the previous run's date. */
export interface AlertChanges {
  readonly since: string;
  readonly lines: Readonly<Record<string, string>>;
}

/**
 * A group's extra lines in an alert: what changed since the previous run
 * and the link to the bundle on its ISP page in the dated report, or the
 * what-if's (when `notify.reportBaseUrl` is set).
 *
 * @param input - the message's changes, configuration, date and report
 *   folder (`reports/<asOf>` unless given)
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
  },
  g: Evaluation,
): GroupBlockExtras {
  const { changes, config, asOf } = input;
  const folder = input.folder ?? `reports/${asOf}`;
  const base = config.notify.reportBaseUrl;
  return {
    ...(changes
      ? {
          since: {
            date: changes.since,
            ...(changes.lines[g.key] ? { change: changes.lines[g.key] } : {}),
          },
        }
      : {}),
    ...(base === '' ? {} : { link: folderLink(base, folder, g.isp, g.key) }),
  };
}
