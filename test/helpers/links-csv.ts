import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One inventory row; empty optional columns are written empty. */
export interface LinkRow {
  readonly linkId: string;
  readonly isp: string;
  readonly site: string;
  readonly linkType: string;
  readonly capacityBps: number;
  readonly group?: string;
  readonly asn?: number;
  readonly region?: string;
  /** `owner`: the group's alerts go to it; the region's default if unset. */
  readonly owner?: string;
  /** `retired_on`: the column is written when a row has it. */
  readonly retiredOn?: string;
}

/**
 * Writes `INVENTORY/links.csv` with the contract's header.
 *
 * @example
 * await writeLinksCsv(inventory, [{ linkId: 'l1', isp: 'Acme',
 *   site: 'LHR1', linkType: 'pni', capacityBps: 10e9 }]);
 */
export async function writeLinksCsv(
  inventoryDir: string,
  links: readonly LinkRow[],
): Promise<void> {
  await mkdir(inventoryDir, { recursive: true });
  const retired = links.some((l) => l.retiredOn !== undefined);
  const header =
    'link_id,isp,asn,site,region,link_type,capacity_bps,group,port_bps,' +
    `lead_time_days,owner${retired ? ',retired_on' : ''}`;
  const lines = links.map((l) =>
    [
      l.linkId,
      l.isp,
      l.asn ?? 64500,
      l.site,
      l.region ?? 'EMEA',
      l.linkType,
      l.capacityBps,
      l.group ?? '',
      '',
      '',
      l.owner ?? '',
      ...(retired ? [l.retiredOn ?? ''] : []),
    ].join(','),
  );
  await writeFile(
    join(inventoryDir, 'links.csv'),
    [header, ...lines].join('\n'),
  );
}

/**
 * Links of one bundle, Acme's LHR1 PNI, each of the same capacity.
 *
 * @example
 * await writeLinksCsv(inventory, acmePniLinks(['a1', 'a2'], 35e9));
 */
export const acmePniLinks = (
  linkIds: readonly string[],
  capacityBps: number,
): LinkRow[] =>
  linkIds.map((linkId) => ({
    linkId,
    isp: 'Acme',
    site: 'LHR1',
    linkType: 'pni',
    capacityBps,
  }));
