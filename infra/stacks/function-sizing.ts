import { Duration } from 'aws-cdk-lib';
import type { PipelineFunctionName } from '#lib/domain/vocabulary';

/**
 * Memory and timeout of each stage's Lambda, each number with the
 * measurement or limit behind it (used by `PipelineStack`).
 */
export const FUNCTION_SIZING = {
  rollup: {
    // Athena does the heavy reading; the Lambda only waits and streams
    // small results, so the smallest comfortable size.
    memorySize: 512,
    // A catch-up runs batches of many days (two UNLOADs each) and stops
    // between batches when the next would not fit in what is left.
    timeout: Duration.minutes(15),
  },
  plan: {
    // Reads the inventory (about 10 MB of CSV at 100,000 links) and the
    // series list, and writes the shard list; Athena writes the shard
    // inputs, so 1 GB holds the inventory with room to spare.
    memorySize: 1024,
    // One Athena UNLOAD of the history window (minutes at most); the
    // Lambda maximum so a slow query is stopped by the adapter, not cut.
    timeout: Duration.minutes(15),
  },
  shard: {
    // Fits and backtests in one JavaScript thread: 1,769 MB is the size
    // at which Lambda gives a full vCPU; a shard's history is a few MB.
    memorySize: 1769,
    // A shard of 1,976 series took 21 s on the shared 2-core machine (64 s
    // at load 11–15), peak 1.34 GB with the plan's DuckDB in the process
    // (README "What one run costs"); the maximum leaves room for slow starts.
    timeout: Duration.minutes(15),
  },
  publish: {
    // Merges every shard's results, renders the report set and notifies:
    // peak RSS up to 1.25 GB measured for 148,200 series from 75 shards
    // (about 114,000 links; README "What one run costs", 703–713 MB with
    // the heap capped at 700 MB); 2 GB leaves room. More memory buys CPU
    // it cannot use (one thread).
    memorySize: 2048,
    // 61–101 s measured at that size at load 1.7–5.6 (notifying 2,325
    // ISPs one message at a time included); the maximum for larger fleets.
    timeout: Duration.minutes(15),
  },
  backtest: {
    // Each step of the backtest state machine: a batch replays and judges
    // 200 groups (250 at 100,000 links, at most 100 batches) at each
    // as-of date in one JavaScript thread, as the shard forecasts:
    // 1,769 MB for a full vCPU. Memory follows the batch (its Parquet
    // files and its groups' and links' series), not the fleet: a batch of
    // 1,000 groups (4,000 links), the largest up to 100,000 groups,
    // peaked at 832–997 MB locally, with DuckDB, which the Lambda does
    // not have (docs/benchmarks.md, session 46); the
    // merge holds only the judged cases, about 3 KB a group at 10 dates
    // (75 MB at 100,000 links).
    memorySize: 1769,
    // 3.2–4.4 CPU-ms a group and date measured: 8 CPU-s a batch of 200
    // groups at 10 dates, 32 at 1,000, far inside the maximum; the fleet
    // sets the number of batches, not this limit (docs/reference.md "The
    // daily run on AWS", its sizing).
    timeout: Duration.minutes(15),
  },
} as const satisfies Record<
  PipelineFunctionName,
  { memorySize: number; timeout: Duration }
>;
