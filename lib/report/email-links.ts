import type { Config } from '#lib/config';
import { compareNames } from '#lib/domain/name-order';
import { reportLink } from './email-format.ts';

/**
 * The closing lines of a resolved, handover or "not judged" message (or
 * of one of its parts): the report link of each ISP of its groups,
 * sorted (`compareNames`), after a blank line.
 *
 * @param groups - the groups of the message or part
 * @param config - the report's base URL
 * @param asOf - the run's date, the report folder's
 * @returns the footer's text
 * @example
 * linksFooter([{ isp: 'Acme' }], config, '2026-11-26');
 * // '\nReport for Acme: …/reports/2026-11-26/isp/acme.html\n'
 */
export function linksFooter(
  groups: readonly { readonly isp: string }[],
  config: Config,
  asOf: string,
): string {
  const isps = [...new Set(groups.map((g) => g.isp))].sort(compareNames);
  const links = isps.map(
    (isp) =>
      `Report for ${isp}: ${reportLink(config.notify.reportBaseUrl, isp, asOf)}`,
  );
  return ['', ...links, ''].join('\n');
}
