import type { InventoryLink } from '#lib/domain/inventory';
import type { SeriesLevel } from '#lib/domain/vocabulary';

/**
 * A rolled-up series joined with the inventory links it stands for
 * (`catalogShard`, for a shard and a backtest batch alike).
 */
export interface CatalogEntry {
  readonly level: SeriesLevel;
  readonly key: string;
  /** Member links: the link itself, the group's links or the ISP's links. */
  readonly links: readonly InventoryLink[];
  /** Last day with data in the history window. */
  readonly lastDay: string;
  readonly observedDays: number;
  /** Sum of the members' capacity in the inventory (today's capacity). */
  readonly inventoryCapacityBps: number;
  /**
   * Members retired by the as-of date (`inServiceEntries`), not in
   * `links`: their days before retirement still count in the check for
   * incomplete days. Absent when none.
   */
  readonly retired?: readonly InventoryLink[];
  /**
   * Members with no traffic in the window (`withoutSilentMembers`), not
   * in `links`: the bundle is judged without them. Absent when none.
   */
  readonly silent?: readonly InventoryLink[];
  /**
   * Of a group, the links not in links.csv whose ids read like its
   * members' (`withUnlistedMembers`): their traffic is in none of its
   * sums, the note says so. Absent when none.
   */
  readonly unlisted?: readonly string[];
}
