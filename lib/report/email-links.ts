import type { Config } from '#lib/config';
import { compareNames } from '#lib/domain/name-order';
import { reportLink } from './email-format.ts';
import { wrapText } from './wrap-text.ts';

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
 * // '\nReport for Acme:\n<https://…/reports/2026-11-26/isp/acme.html>\n'
 */
export function linksFooter(
  groups: readonly { readonly isp: string }[],
  config: Config,
  asOf: string,
): string {
  const isps = [...new Set(groups.map((g) => g.isp))].sort(compareNames);
  const links = isps.map((isp) =>
    reportForLine(isp, reportLink(config.notify.reportBaseUrl, isp, asOf)),
  );
  return ['', ...links, ''].join('\n');
}

/**
 * 'Report for <ISP>:' and the link to its page, in angle brackets as RFC
 * 3986 (appendix C) has URIs in plain text, cut at spaces to the
 * email's width (`wrapText`): a link that does not fit beside the name
 * goes alone on the line beneath, whole. On one line they ran to 105
 * characters in the sample, and mail clients wrapped the link inside.
 *
 * @param isp - the ISP's name
 * @param link - its page's URL
 * @param where - what follows the link, e.g. ' (in the report store)'
 * @returns the line or lines, joined by line breaks
 * @example
 * reportForLine('Acme', 'https://r.example/reports/2026-11-26/isp/acme.html');
 * // 'Report for Acme:\n<https://r.example/reports/2026-11-26/isp/acme.html>'
 */
export function reportForLine(isp: string, link: string, where = ''): string {
  return wrapText(`Report for ${isp}: <${link}>${where}`).join('\n');
}
