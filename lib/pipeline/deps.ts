import type { Config } from '#lib/config';
import type { Clock } from '#lib/ports/clock';
import type { Logger } from '#lib/ports/logger';
import type { Notifier } from '#lib/ports/notifier';
import type { ObjectStore } from '#lib/ports/object-store';
import type { QueryEngine } from '#lib/ports/query-engine';

/**
 * Everything a pipeline run needs, built once by `wiring/local.ts` or
 * `wiring/aws.ts`. The use cases see only these ports.
 *
 * @example
 * const summary = await runPipeline(deps, { asOf: '2026-11-26' });
 */
export interface Deps {
  /** The lake: `traffic`, `series_daily`, `quality_daily` and `links`. */
  readonly engine: QueryEngine;
  /**
   * The lake's objects outside its tables: the rollup lock
   * (`state/rollup.lock`), so that two rollups never write one lake.
   */
  readonly lake: ObjectStore;
  /** Where the lake is (a folder or s3:// URL), for error messages. */
  readonly lakeLocation?: string;
  /** The inventory files: `links.csv` and `augments.csv`. */
  readonly inventory: ObjectStore;
  /**
   * Where the inventory is, for error messages: a folder or s3:// URL the
   * file's name is appended to, or the place of each file (on AWS each
   * CSV is in a folder of its own name, `inventory/links/links.csv`).
   */
  readonly inventoryLocation?: string | ((file: string) => string);
  /** The report store: `reports/…` and notification `state/…`. */
  readonly reports: ObjectStore;
  readonly notifier: Notifier;
  readonly clock: Clock;
  readonly log: Logger;
  readonly config: Config;
}
