import type { Evaluation } from '#lib/domain/evaluation';
import { type QuietLink, UNSEEN_SHARE_MAX } from '#lib/domain/stopped-links';
import { emailRow } from './email-row.ts';
import { formatBps, formatPct } from './format.ts';
import { unlistedText } from './unlisted-text.ts';

/**
 * The `Data` row of a group in an alert: its links that sent nothing
 * lately (docs/architecture.md "Bundles with a link gone quiet"). The
 * figures above it rest on the bundle's whole days, or lack a small
 * link's traffic; the row says when each is so, and the reader checks
 * the data before ordering, or records a link taken out of service
 * (`retired_on`: docs/architecture.md "Retired links").
 *
 * @param quiet - the group's quiet links (`quietLinks`)
 * @returns no row, or one
 * @example
 * quietRows([{ linkId: 'a2', lastDay: '2026-11-24', series: [] }]);
 * // ['   Data:             a2 sent none after 2026-11-24: check its …']
 */
export function quietRows(quiet: readonly QuietLink[]): string[] {
  if (quiet.length === 0) return [];
  const links = quiet.map((l) => `${l.linkId} sent none after ${l.lastDay}`);
  const pct = formatPct(UNSEEN_SHARE_MAX, 0);
  const one = quiet.length === 1;
  const [its, it, carries, them] = one
    ? ['its', 'it was', 'it carries', 'it']
    : ['their', 'they were', 'they carry', 'them'];
  const collector = one ? 'its collector' : 'their collectors';
  return [
    emailRow(
      'Data',
      `${links.join(', ')}: check ${collector}, or give ${them} a ` +
        `retired_on in links.csv if ${it} removed. The days since are left out of the forecast if ${carries} ` +
        `over ${pct} of the bundle's usual traffic, else kept, short of ` +
        `${its} traffic.`,
    ),
  ];
}

/**
 * The "Data" row of a bundle judged without its silent members
 * (docs/architecture.md "Bundles with a silent link").
 *
 * @param silent - the ids of its links with no traffic in the window
 * @returns the row, or none
 * @example
 * silentRows(['a2']);
 * // ['   Data:             a2 sent no traffic in the window: …']
 */
export function silentRows(silent: readonly string[]): string[] {
  if (silent.length === 0) return [];
  const one = silent.length === 1;
  return [
    emailRow(
      'Data',
      `${silent.join(', ')} sent no traffic in the window: the figures are ` +
        `the other links', without ${one ? 'its' : 'their'} capacity. ` +
        `Check ${one ? 'its collector' : 'their collectors'}, or give ` +
        `${one ? 'it' : 'them'} a retired_on in links.csv if ` +
        `${one ? 'it was' : 'they were'} removed.`,
    ),
  ];
}

/**
 * The `Data` row of a bundle with links not in links.csv whose ids read
 * like its members' (docs/architecture.md "Links not yet in links.csv").
 *
 * @param unlisted - those links' ids
 * @returns the row, or none
 * @example
 * unlistedRows(['a-pni-new-1']);
 * // ['   Data:             a-pni-new-1 sends traffic but is not in …']
 */
export function unlistedRows(unlisted: readonly string[]): string[] {
  if (unlisted.length === 0) return [];
  return [emailRow('Data', `${unlistedText(unlisted)}.`)];
}

/**
 * The `Capacity` row of a bundle whose traffic reports more capacity than
 * it is judged on (docs/architecture.md "Augments already in links.csv").
 *
 * @param e - the bundle's evaluation
 * @returns the row, or none
 * @example
 * beyondRows({ ...e, capacityBps: 10e9, reportedCapacityBps: 100e9 });
 * // ['   Capacity: its traffic reports 100 Gbps, links.csv 10.0 Gbps: …']
 */
export function beyondRows(
  e: Pick<Evaluation, 'capacityBps' | 'reportedCapacityBps'>,
): string[] {
  const reported = e.reportedCapacityBps;
  if (reported === undefined) return [];
  return [
    emailRow(
      'Capacity',
      `its traffic reports ${formatBps(reported)}, the figures count ` +
        `${formatBps(e.capacityBps)} (links.csv and augments.csv). Write ` +
        'the new capacity in links.csv, or its augment in augments.csv.',
    ),
  ];
}
