import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConsoleLogger } from '#lib/adapters/local/console-logger';
import { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import { sweepLeftovers } from '#lib/adapters/local/sweep-leftovers';
import { SystemClock } from '#lib/adapters/local/system-clock';
import type { Config } from '#lib/config';
import type { Deps } from '#lib/pipeline/deps';
import type { Clock } from '#lib/ports/clock';
import type { Logger } from '#lib/ports/logger';

/** Where a local run reads and writes. */
export interface LocalOptions {
  /** The Parquet lake folder (holds `traffic/`; gets `series_daily/`). */
  readonly lake: string;
  /** The folder with `links.csv` and `augments.csv`. */
  readonly inventory: string;
  /** The output folder: `reports/`, `state/`, `outbox/`. */
  readonly out: string;
  readonly config: Config;
  readonly log?: Logger;
  /** With no `log`: print only warnings and errors. */
  readonly quiet?: boolean;
  readonly clock?: Clock;
  /** DuckDB's memory limit, e.g. '2GB' (default '1GB'). */
  readonly memoryLimit?: string;
  /** Where the engine's unloads go (default: the lake). */
  readonly unloadDir?: string;
}

/**
 * Builds the local `Deps`: DuckDB over the Parquet lake, folders as the
 * inventory and report stores, an outbox folder as the notifier. The only
 * place local adapters are constructed.
 *
 * @param options - folders and configuration
 * @returns the dependencies of a pipeline run; close `deps.engine` after
 * @example
 * const deps = await buildLocalDeps({ lake: 'data/sample/lake',
 *   inventory: 'data/sample/inventory', out: 'out', config });
 */
export async function buildLocalDeps(options: LocalOptions): Promise<Deps> {
  const log = options.log ?? new ConsoleLogger({ quiet: options.quiet });
  const engine = await DuckDbQueryEngine.create({
    lakeDir: options.lake,
    // The shard workers share this process, which must stay under 2 GB
    // (docs/benchmarks.md); DuckDB spills to disk beyond its limit.
    memoryLimit: options.memoryLimit ?? '1GB',
    ...(options.unloadDir ? { unloadDir: options.unloadDir } : {}),
    log,
  });
  return {
    engine,
    lake: new FsObjectStore(options.lake),
    lakeLocation: options.lake,
    inventory: new FsObjectStore(options.inventory),
    inventoryLocation: options.inventory,
    reports: new FsObjectStore(options.out),
    notifier: new OutboxNotifier(outboxOf(options.out), log),
    clock: options.clock ?? new SystemClock(),
    log,
    config: withLocalReportUrl(options.config, options.out),
  };
}

/**
 * Removes what killed runs left in the local folders (`sweepLeftovers`:
 * stale scratch, unfinished runs' working files past their keeping time)
 * and says so when there was any.
 *
 * @param options - the run's folders
 * @param deps - the clock and the logger
 * @example
 * await sweepLocalLeftovers(options, deps);
 */
export async function sweepLocalLeftovers(
  options: Pick<LocalOptions, 'lake' | 'out'>,
  deps: Pick<Deps, 'clock' | 'log'>,
): Promise<void> {
  const swept = await sweepLeftovers(
    { out: options.out, outbox: outboxOf(options.out), lake: options.lake },
    deps.clock.now(),
  );
  if (swept.scratch > 0 || swept.runs.length > 0) {
    deps.log.info('removed what killed runs left behind', {
      scratchFiles: swept.scratch,
      runs: swept.runs,
    });
  }
}

const outboxOf = (out: string) => join(out, 'outbox');

/** Without a base URL, messages in the outbox link to the report files. */
function withLocalReportUrl(config: Config, out: string): Config {
  if (config.notify.reportBaseUrl !== '') return config;
  const reportBaseUrl = `${pathToFileURL(resolve(out)).href}/`;
  return { ...config, notify: { ...config.notify, reportBaseUrl } };
}
