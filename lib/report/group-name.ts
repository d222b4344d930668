import type { Evaluation } from '#lib/domain/evaluation';

/**
 * The name a capacity group was given in the inventory's `group` column,
 * or undefined for the default key `isp/site/link_type`, which the site
 * and link type beside it already say. Two bundles of one ISP at one site
 * and link type differ by their names (at most one has the default key).
 *
 * @param e - the group's evaluation
 * @returns the explicit name, or undefined
 * @example
 * groupName({ key: 'Acme/LHR1/pni', isp: 'Acme', site: 'LHR1', linkType: 'pni' }); // undefined
 * groupName({ key: 'Acme LHR1 east', isp: 'Acme', site: 'LHR1', linkType: 'pni' }); // 'Acme LHR1 east'
 */
export function groupName(
  e: Pick<Evaluation, 'key' | 'isp' | 'site' | 'linkType'>,
): string | undefined {
  return e.key === `${e.isp}/${e.site}/${e.linkType}` ? undefined : e.key;
}

/**
 * A bundle as managers name it: its site and link type (the key when the
 * group has neither), e.g. 'LHR1 pni'; the overview's bundle cell and the
 * emails' group titles.
 *
 * @param e - the group's evaluation
 * @returns e.g. 'LHR1 pni'
 * @example
 * bundleLabel({ site: 'LHR1', linkType: 'pni', key: 'Acme/LHR1/pni' }); // 'LHR1 pni'
 */
export function bundleLabel(
  e: Pick<Evaluation, 'site' | 'linkType' | 'key'>,
): string {
  return `${e.site} ${e.linkType}`.trim() || e.key;
}

/**
 * `bundleLabel` followed by the bundle's name when the inventory gives it
 * one, so that two bundles at one site and link type read apart where a
 * line has room for only one label (the digest).
 *
 * @param e - the group's evaluation
 * @returns e.g. 'LHR1 pni' or 'LHR1 pni "Acme LHR1 east"'
 * @example
 * bundleTitle({ key: 'Acme LHR1 east', isp: 'Acme', site: 'LHR1', linkType: 'pni' });
 * // 'LHR1 pni "Acme LHR1 east"'
 */
export function bundleTitle(
  e: Pick<Evaluation, 'key' | 'isp' | 'site' | 'linkType'>,
): string {
  const name = groupName(e);
  return name === undefined ? bundleLabel(e) : `${bundleLabel(e)} "${name}"`;
}

/**
 * The bundle's ISP where its key does not name it (a `group` name in
 * links.csv such as 'DXB1 cache bundle 1'), so that a line of a message
 * grouped by owner, which can cover several ISPs, says whose bundle it is;
 * undefined where the key has the ISP's name as a word of its own ('Acme
 * LHR1 east', the default key 'Acme/LHR1/pni'), in any case, so that it
 * is not said twice.
 *
 * @param e - the group's key and ISP
 * @returns the ISP's name, or undefined
 * @example
 * ispNotInKey({ key: 'DXB1 cache bundle 1', isp: 'Falcon' }); // 'Falcon'
 * ispNotInKey({ key: 'Acme/LHR1/pni', isp: 'Acme' }); // undefined
 */
export function ispNotInKey(
  e: Pick<Evaluation, 'key' | 'isp'>,
): string | undefined {
  if (e.isp === '') return undefined;
  const name = e.isp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'iu');
  return word.test(e.key) ? undefined : e.isp;
}

/**
 * A bundle's key followed by its ISP where the key does not name it
 * (`ispNotInKey`), as a "resolved" or handover line gives it beside the
 * bundle's label.
 *
 * @param e - the group's key and ISP
 * @returns e.g. 'DXB1 cache bundle 1, Falcon' or 'Acme/LHR1/pni'
 * @example
 * keyWithIsp({ key: 'DXB1 cache bundle 1', isp: 'Falcon' }); // 'DXB1 cache bundle 1, Falcon'
 */
export function keyWithIsp(e: Pick<Evaluation, 'key' | 'isp'>): string {
  const isp = ispNotInKey(e);
  return isp === undefined ? e.key : `${e.key}, ${isp}`;
}
