import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { AUGMENT_CSV_COLUMNS, LINK_CSV_COLUMNS } from '#lib/domain/inventory';
import { SAMPLE_REGION } from './catalogue.ts';
import type { SamplePlan } from './plan-types.ts';

/**
 * The inventory as the team keeps it: every listed link with its current
 * capacity (after upgrades, except one still listed in augments.csv), the
 * optional columns filled on a few rows only.
 *
 * @param plan - the sample plan
 * @returns the text of links.csv
 * @example
 * renderLinksCsv(plan).split('\n')[0]; // 'link_id,isp,asn,…'
 */
export function renderLinksCsv(plan: SamplePlan): string {
  const rows = plan.groups
    .filter((group) => group.listed)
    .flatMap((group) => {
      // An upgrade still in augments.csv is not in links.csv yet.
      const listedUpgrade = group.demand.recordedAugment === undefined;
      return group.links.map((link) => [
        link.linkId,
        group.isp.name,
        group.isp.asn,
        group.site.code,
        SAMPLE_REGION,
        group.linkType,
        listedUpgrade ? link.capacityBps : link.capacityBeforeBps,
        group.explicitName ?? '',
        link.upgradeDay > 0 && listedUpgrade ? group.portBps : '',
        group.demand.leadTimeDays ?? '',
        group.demand.owner ?? '',
      ]);
    });
  return stringify([[...LINK_CSV_COLUMNS], ...rows]);
}

/**
 * Capacity already ordered (augments.csv).
 *
 * @param plan - the sample plan
 * @returns the text of augments.csv
 * @example
 * renderAugmentsCsv(plan);
 */
export function renderAugmentsCsv(plan: SamplePlan): string {
  const rows = plan.augments.map((a) => [
    a.group,
    a.inServiceDate,
    a.addedBps,
    a.reference,
  ]);
  return stringify([[...AUGMENT_CSV_COLUMNS], ...rows]);
}

/**
 * Writes `DIR/inventory/links.csv` and `augments.csv`.
 *
 * @param plan - the sample plan
 * @param dir - the inventory folder
 * @returns when both files are written
 * @example
 * await writeInventory(plan, 'data/sample/inventory');
 */
export async function writeInventory(
  plan: SamplePlan,
  dir: string,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'links.csv'), renderLinksCsv(plan));
  await writeFile(join(dir, 'augments.csv'), renderAugmentsCsv(plan));
}
