import type { LinkType } from './vocabulary.ts';

/**
 * One row of `links.csv` after validation, with defaults applied
 * (docs/architecture.md "Data contracts").
 *
 * @example
 * const link: InventoryLink = { linkId: 'lhr1-acme-pni-1', isp: 'Acme',
 *   asn: 64500, site: 'LHR1', region: 'EMEA', linkType: 'pni',
 *   capacityBps: 100e9, group: 'Acme/LHR1/pni', portBps: 100e9,
 *   leadTimeDays: 90, owner: 'emea-peering', line: 2 };
 */
export interface InventoryLink {
  readonly linkId: string;
  readonly isp: string;
  readonly asn: number;
  readonly site: string;
  readonly region: string;
  readonly linkType: LinkType;
  readonly capacityBps: number;
  /** The capacity group: the inventory's `group` or `isp/site/link_type`. */
  readonly group: string;
  /** Size of one port of this group: the inventory's or the link's capacity. */
  readonly portBps: number;
  /** Lead time: the row's `lead_time_days` or the link type's default. */
  readonly leadTimeDays: number;
  /** Owner: the row's `owner` or the region's default owner. */
  readonly owner: string;
  /** Optional per-row threshold overrides (inventory columns `warning`, `critical`). */
  readonly warning?: number;
  readonly critical?: number;
  /**
   * `YYYY-MM-DD`: the link is out of service from this day on (the
   * inventory column `retired_on`, docs/architecture.md "Retired links");
   * absent for a link in service.
   */
  readonly retiredOn?: string;
  /** Line in links.csv (the header is line 1), for error messages. */
  readonly line: number;
}

/**
 * What the data-quality report reads of a link: its id, its bundle, its
 * ISP and when it was retired (traffic of links the inventory lacks,
 * links gone quiet, likely members).
 */
export type LinkPlace = Pick<
  InventoryLink,
  'linkId' | 'group' | 'isp' | 'retiredOn'
>;

/**
 * The default capacity-group key of a link, for a `links.csv` row with no
 * `group` (docs/architecture.md "Data contracts"). The rollup SQL computes
 * the same key (`lib/sql`).
 *
 * @example
 * defaultGroupKey('Acme', 'LHR1', 'pni'); // 'Acme/LHR1/pni'
 */
export function defaultGroupKey(isp: string, site: string, type: string) {
  return `${isp}/${site}/${type}`;
}

/**
 * Capacity already ordered for a group (`augments.csv`).
 *
 * @example
 * const a: PlannedAugment = { group: 'Acme/LHR1/pni',
 *   inServiceDate: '2027-02-01', addedBps: 100e9, reference: 'CHG-1' };
 */
export interface PlannedAugment {
  readonly group: string;
  /** `YYYY-MM-DD`: capacity counts from this day on. */
  readonly inServiceDate: string;
  readonly addedBps: number;
  readonly reference: string;
}

/** The whole inventory: links and planned augments. */
export interface Inventory {
  readonly links: readonly InventoryLink[];
  readonly augments: readonly PlannedAugment[];
}

/**
 * Columns of `links.csv` in the contract's order (docs/architecture.md "Data contracts"):
 * the first seven are required, the last four may be empty. The parser,
 * the sample generator, the DuckDB `links` table and the Glue table all
 * use this one list.
 *
 * @example
 * LINK_CSV_COLUMNS.slice(0, REQUIRED_LINK_COLUMNS); // required columns
 */
export const LINK_CSV_COLUMNS = [
  'link_id',
  'isp',
  'asn',
  'site',
  'region',
  'link_type',
  'capacity_bps',
  'group',
  'port_bps',
  'lead_time_days',
  'owner',
] as const;

/**
 * Every column of `links.csv` the parser reads: the contract's, then the
 * optional per-link thresholds and retirement date. Other columns are
 * ignored, and the configuration's `inventory.extraColumns` may not name
 * one of these.
 *
 * @example
 * LINK_CSV_READ_COLUMNS.includes('retired_on'); // true
 */
export const LINK_CSV_READ_COLUMNS = [
  ...LINK_CSV_COLUMNS,
  'warning',
  'critical',
  'retired_on',
] as const;

/**
 * The longest lead time, in days, that the configuration (`leadTimeDays`)
 * and `links.csv` (`lead_time_days`) accept: about three years; a longer
 * one is a typo (100000 for 100), whose order-by date would be decades
 * before the runout and the group `critical` at once.
 *
 * @example
 * days <= MAX_LEAD_TIME_DAYS;
 */
export const MAX_LEAD_TIME_DAYS = 1000;

/** How many leading columns of `LINK_CSV_COLUMNS` are required. */
export const REQUIRED_LINK_COLUMNS = 7;

/** Columns of `augments.csv`; `reference` may be left out of the header. */
export const AUGMENT_CSV_COLUMNS = [
  'group',
  'in_service_date',
  'added_bps',
  'reference',
] as const;

/** How many leading columns of `AUGMENT_CSV_COLUMNS` are required. */
export const REQUIRED_AUGMENT_COLUMNS = 3;
