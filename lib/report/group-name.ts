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
