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
