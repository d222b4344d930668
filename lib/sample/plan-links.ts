import type {
  DemandParams,
  GroupShape,
  SampleGroup,
  SampleLink,
} from './plan-types.ts';
import { type Rng, wholeBetween } from './prng.ts';

/**
 * Gives each group its links, numbered in order (the link index is the
 * position in the traffic and the PRNG stream id of the link). An upgraded
 * group's links are LAGs that double on the upgrade day.
 *
 * @param shapes - the group shapes
 * @param params - demand per group
 * @returns the groups with links
 * @example
 * buildGroups(shapes, params)[0].links[0].linkId; // 'lhr1-albionbroadband-pni-1'
 */
export function buildGroups(
  shapes: readonly GroupShape[],
  params: readonly DemandParams[],
): SampleGroup[] {
  const counters = new Map<string, number>();
  let nextIndex = 0;
  return shapes.map((shape, index) => {
    const demand = params[index]!;
    const prefix = linkPrefix(shape);
    const links = Array.from({ length: shape.size }, (): SampleLink => {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const upgraded = demand.upgradeDay !== undefined;
      return {
        index: nextIndex++,
        linkId: `${prefix}-${n}`,
        capacityBps: upgraded ? 2 * shape.portBps : shape.portBps,
        capacityBeforeBps: shape.portBps,
        upgradeDay: demand.upgradeDay ?? 0,
        firstDay: 0,
      };
    });
    const name =
      shape.explicitName ??
      `${shape.isp.name}/${shape.site.code}/${shape.linkType}`;
    return { ...shape, index, name, links, demand, listed: true };
  });
}

function linkPrefix(shape: GroupShape): string {
  const site = shape.site.code.toLowerCase();
  return `${site}-${shape.isp.slug}-${shape.linkType}`;
}

/**
 * The link that shows up in the traffic (from 70 % of the history on) but
 * was never added to links.csv: a new PNI of an existing ISP.
 *
 * @param rng - the plan's generator
 * @param listed - the inventory's groups
 * @param days - length of the history
 * @returns a one-link group marked `listed: false`
 * @example
 * unlistedGroup(rng, groups, 430).links[0].firstDay; // 301
 */
export function unlistedGroup(
  rng: Rng,
  listed: readonly SampleGroup[],
  days: number,
): SampleGroup {
  const like = listed[wholeBetween(rng, 0, listed.length - 1)]!;
  const shape: GroupShape = {
    isp: like.isp,
    site: like.site,
    linkType: 'pni',
    size: 1,
    portBps: 100e9,
  };
  const link: SampleLink = {
    index: listed.reduce((sum, group) => sum + group.links.length, 0),
    linkId: `${linkPrefix(shape)}-new-1`,
    capacityBps: 100e9,
    capacityBeforeBps: 100e9,
    upgradeDay: 0,
    firstDay: Math.floor(days * 0.7),
  };
  const demand: DemandParams = {
    outcome: 'unlisted',
    endUtilization: 0.25,
    growthBefore: 0.2,
    growthAfter: 0.2,
    changeDay: 0,
    inRatio: 0.1,
  };
  const name = `${shape.isp.name}/${shape.site.code}/pni (unlisted)`;
  return {
    ...shape,
    index: listed.length,
    name,
    links: [link],
    demand,
    listed: false,
  };
}
