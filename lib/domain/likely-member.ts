/**
 * A traffic link id the inventory lacks that reads like one bundle's
 * members' ids (docs/architecture.md "Links not yet in links.csv").
 */
export interface LikelyMember {
  /** The id as the traffic writes it. */
  readonly linkId: string;
  /** The bundle (group key) whose members' ids it reads like. */
  readonly group: string;
  /** The bundle's ISP. */
  readonly isp: string;
  /** The members' common prefix it starts with, e.g. `mad1-acme-pni-`. */
  readonly prefix: string;
}

/** A traffic link id the inventory lacks, and the inventory's id it means. */
export interface NearLink {
  /** The id as the traffic writes it. */
  readonly linkId: string;
  /** The inventory's id, which differs only in case, spaces or punctuation. */
  readonly inventory: string;
}
