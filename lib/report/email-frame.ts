import type { Config } from '#lib/config';
import type { Evaluation } from '#lib/domain/evaluation';
import type { TrafficDays } from '#lib/domain/last-traffic-day';
import {
  type AttributeValue,
  attributeNames,
} from '#lib/domain/message-attribute';
import { folderLink, ispsOf } from './email-format.ts';
import { reportForLine } from './email-links.ts';
import { attributesOf, countBySeverity } from './email-message.ts';
import { wrapText } from './wrap-text.ts';
import { youngLakeLines } from './young-lake.ts';

/**
 * The alert's opening lines: a what-if's warning first, then the unit,
 * its region and owner, on a lake under 28 days old that growth is not
 * forecast yet, how many bundles need capacity and how to read
 * the dates.
 *
 * @param input - the message's unit, date, configuration and what-if
 * @param groups - its groups at warning or critical, most urgent first
 * @returns the header's text
 * @example
 * alertHeader(input, groups).startsWith('Headroom capacity alert');
 */
export function alertHeader(
  input: {
    readonly unit: string;
    readonly asOf: string;
    readonly config: Config;
    readonly scenario?: string;
    /** The days with traffic: on a lake under 28 days old, what its
     * forecasts can tell (`youngLakeLines`). */
    readonly quality?: TrafficDays | undefined;
  },
  groups: readonly Evaluation[],
): string {
  const { region, owner } = attributesOf(groups, 'ok');
  const bundles =
    groups.length === 1 ? '1 bundle needs' : `${groups.length} bundles need`;
  const whatIf =
    input.scenario === undefined
      ? []
      : [
          'WHAT-IF, not the plan. No order follows from this message.',
          ...wrapText(input.scenario),
          '',
        ];
  return [
    ...whatIf,
    // Cut at spaces to the email's width, as every line of it: a name
    // of links.csv's 100 characters ran the title to 146.
    ...wrapText(
      `Headroom capacity alert for ${input.unit}, as of ${input.asOf}`,
    ),
    ...wrapText(`${named('Region', region)}, ${named('owner', owner)}.`),
    ...youngLakeLines(input.quality, input.asOf),
    '',
    `${bundles} more capacity (${countBySeverity(groups, 'warning')}). Most urgent first.`,
    `"At the earliest" dates use the upper bound of the ${input.config.decisionLevel}% forecast`,
    'interval (plan on these); "expected" dates use the mean forecast.',
    '',
    '',
  ].join('\n');
}

/**
 * The alert's closing lines (of a part): the report link of each ISP, what order-by,
 * critical and warning mean, and when the reader hears again.
 *
 * @param groups - the groups of the message, or of its part's blocks
 * @param config - thresholds, windows and the report's base URL
 * @param folder - the report folder the links open
 * @returns the footer's text
 * @example
 * alertFooter(groups, config, 'reports/2026-11-26');
 */
export function alertFooter(
  groups: readonly Evaluation[],
  config: Config,
  folder: string,
): string {
  const where =
    config.notify.reportBaseUrl === '' ? ' (in the report store)' : '';
  const links = ispsOf(groups).map((isp) =>
    reportForLine(
      isp,
      folderLink(config.notify.reportBaseUrl, folder, isp),
      where,
    ),
  );
  return [
    ...links,
    '',
    'Order by = the critical date at the earliest minus the lead time: the last',
    'day to start the augment with the ISP. Critical: that day is today or past.',
    `Warning: it falls within the next ${config.warningWindowDays} days.`,
    'You will hear again if a bundle escalates, its order-by date moves earlier',
    `(one due already when told: at the reminder), or after ${config.notify.renotifyDays} days if nothing`,
    'changed; and once when it clears.',
    '',
  ].join('\n');
}

/** 'owner noc', or 'owners emea-peering, noc' for a message to several. */
function named(word: string, value: AttributeValue): string {
  const names = attributeNames(value);
  return `${word}${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
}
