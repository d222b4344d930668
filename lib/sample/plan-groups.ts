import type { LinkType } from '#lib/domain/vocabulary';
import { SAMPLE_ISPS, type SampleIsp, siteByCode } from './catalogue.ts';
import type { GroupShape } from './plan-types.ts';
import { pickWeighted, type Rng, shuffled } from './prng.ts';

const G = 1e9;
const MAX_ISPS = SAMPLE_ISPS.length;

/**
 * How many ISPs a sample of `linkCount` links spreads over: 16 for the
 * default 100 links, never more than the catalogue holds.
 *
 * @param linkCount - links in the inventory
 * @returns the number of ISPs
 * @example
 * ispCountFor(100); // 16
 */
export function ispCountFor(linkCount: number): number {
  return Math.min(
    MAX_ISPS,
    Math.max(1, Math.round(1.6 * Math.sqrt(linkCount))),
  );
}

/**
 * Cuts `linkCount` links into capacity groups of 1–4 links, each one ISP
 * at one site with one link type and port size. The first group has three
 * links (when there are three), so a sample always has an N-1 candidate.
 *
 * @param rng - the plan's generator
 * @param linkCount - links to place
 * @returns the group shapes, in creation order
 * @example
 * planGroupShapes(mulberry32(1), 100).length; // about 45
 */
export function planGroupShapes(rng: Rng, linkCount: number): GroupShape[] {
  const isps = shuffled(rng, SAMPLE_ISPS).slice(0, ispCountFor(linkCount));
  const used = new Set<string>();
  const shapes: GroupShape[] = [];
  let left = linkCount;
  while (left > 0) {
    const wanted = shapes.length === 0 && left >= 3 ? 3 : pickSize(rng);
    const shape = pickShape(rng, isps, used, Math.min(left, wanted));
    shapes.push(shape);
    left -= shape.size;
  }
  return shapes;
}

function pickShape(
  rng: Rng,
  isps: readonly SampleIsp[],
  used: Set<string>,
  size: number,
): GroupShape {
  for (let attempt = 0; ; attempt++) {
    const isp = pickWeighted(
      rng,
      isps.map((i) => [i, i.size] as const),
    );
    const linkType = pickLinkType(rng, isp);
    const siteCode = pickWeighted(
      rng,
      isp.sites.map((code, rank) => [code, rank === 0 ? 3 : 1] as const),
    );
    const key = `${isp.name}/${siteCode}/${linkType}`;
    const clash = used.has(key);
    if (clash && attempt < 8) continue;
    const named = clash || rng() < 0.08;
    used.add(key);
    const bundle = `${isp.name} ${siteCode} ${linkType} bundle ${used.size}`;
    return {
      isp,
      site: siteByCode(siteCode),
      linkType,
      size,
      portBps: pickPort(rng, isp, linkType),
      ...(named ? { explicitName: bundle } : {}),
    };
  }
}

function pickSize(rng: Rng): number {
  return pickWeighted(rng, [
    [1, 35],
    [2, 30],
    [3, 20],
    [4, 15],
  ]);
}

function pickLinkType(rng: Rng, isp: SampleIsp): LinkType {
  if (!isp.eyeball) {
    return pickWeighted<LinkType>(rng, [
      ['transit', 4],
      ['pni', 1],
    ]);
  }
  return pickWeighted<LinkType>(rng, [
    ['pni', 5],
    ['cache', 2],
    ['ix', 2],
  ]);
}

function pickPort(rng: Rng, isp: SampleIsp, linkType: LinkType): number {
  const big = isp.size >= 3;
  const table: Record<LinkType, readonly (readonly [number, number])[]> = {
    pni: big
      ? [
          [400 * G, 3],
          [100 * G, 6],
          [10 * G, 1],
        ]
      : [
          [100 * G, 6],
          [10 * G, 4],
        ],
    ix: [
      [100 * G, 6],
      [10 * G, 4],
    ],
    transit: [
      [100 * G, 7],
      [400 * G, 3],
    ],
    cache: [
      [100 * G, 6],
      [400 * G, 2],
      [10 * G, 2],
    ],
  };
  return pickWeighted(rng, table[linkType]);
}
