import { z } from 'zod';
import { EXTRA_COLUMNS } from '#lib/config-extra-columns';
import { DEFAULT_OWNER, refuseNearOwners } from '#lib/config-owners';
import { MAX_LEAD_TIME_DAYS } from '#lib/domain/inventory';
import { OWNER_NAME } from '#lib/json-schema';
import { REGION_KEY } from '#lib/region-key';
import { shareField } from '#lib/share-field';
import { weekdayField } from '#lib/weekday-field';

// A share of capacity, as links.csv takes it: 70 (or 7 for 0.7) would
// never be reached, and nothing would ever alert.
const ratio = shareField('ratio');
// Links in emails are read outside the report: 'reports.example.com'
// (no scheme) made every link a relative path no mail client opens.
const BASE_URL_MESSAGE =
  'must be an absolute http(s) or file URL, e.g. ' +
  'https://reports.example.com/, or empty';
const isBaseUrl = (url: string) =>
  url === '' ||
  ['http:', 'https:', 'file:'].includes(
    URL.canParse(url) ? new URL(url).protocol : '',
  );
const partialThresholds = z.strictObject({
  warning: ratio.optional(),
  critical: ratio.optional(),
});
const days = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * The configuration schema (README "Configuration"). Every field has a
 * default, so `{}` is valid; unknown fields are errors, so that a typo never
 * falls back silently to a default.
 */
export const CONFIG_SCHEMA = z.strictObject({
  historyDays: days(28, 20 * 366).default(730),
  horizonDays: days(30, 5 * 366).default(365),
  /** Planning horizon for the recommended augment; defaults to horizonDays. */
  planningHorizonDays: days(30, 5 * 366).optional(),
  // A percentage, as `--levels` takes it: 0.8 read as 0.8 %.
  decisionLevel: shareField('percent').default(80),
  /** Days before the order-by date at which severity becomes `warning`. */
  warningWindowDays: days(0, 365).default(30),
  thresholds: z
    .strictObject({
      default: z
        .strictObject({
          warning: ratio.default(0.7),
          critical: ratio.default(0.85),
        })
        .prefault({}),
      pni: partialThresholds.prefault({}),
      ix: partialThresholds.prefault({}),
      transit: partialThresholds.prefault({}),
      cache: partialThresholds.prefault({}),
    })
    .prefault({}),
  leadTimeDays: z
    .strictObject({
      pni: days(0, MAX_LEAD_TIME_DAYS).default(90),
      ix: days(0, MAX_LEAD_TIME_DAYS).default(60),
      transit: days(0, MAX_LEAD_TIME_DAYS).default(45),
      cache: days(0, MAX_LEAD_TIME_DAYS).default(120),
    })
    .prefault({}),
  owners: z
    .strictObject({
      default: OWNER_NAME.default(DEFAULT_OWNER),
      regions: z.record(REGION_KEY, OWNER_NAME).default({}),
    })
    .superRefine(refuseNearOwners)
    .prefault({}),
  notify: z
    .strictObject({
      by: z.enum(['isp', 'owner']).default('isp'),
      renotifyDays: days(1, 365).default(7),
      /** An order-by date earlier by more than this re-notifies. */
      earlierByDays: days(0, 365).default(7),
      /** Day of the week (0 = Sunday) the per-owner digest goes out. */
      digestWeekday: weekdayField().default(1),
      /** Base URL of the report store, for links in emails ('' = relative). */
      reportBaseUrl: z.string().refine(isBaseUrl, BASE_URL_MESSAGE).default(''),
    })
    .prefault({}),
  rollup: z
    .strictObject({
      /**
       * When links.csv regroups links, past days are rolled up again with
       * the new groups, newest first, at most this many per run (a Lambda
       * has 15 minutes; locally the default covers the whole history).
       */
      rebuildDaysPerRun: days(1, 20 * 366).default(1000),
      /** Days before as-of rolled up again on every run (late telemetry). */
      lateDays: days(0, 60).default(3),
      /**
       * Days per batched query (Athena's partitioned UNLOAD writes at most
       * 100 partitions).
       */
      batchDays: days(1, 100).default(31),
      /**
       * Bytes one rollup query may scan: under the Athena workgroup's
       * bytes-scanned cutoff (20 GB in the dev stage). A batch's raw
       * traffic is this divided by the times its query reads the traffic
       * (docs/architecture.md "Rolling up").
       */
      scanBytes: z.number().int().min(1_000_000).default(16_000_000_000),
    })
    .prefault({}),
  shards: z
    .strictObject({
      /**
       * Most series in one shard (docs/architecture.md "Stages"): an ISP's
       * series stay together, so a shard exceeds this only for an ISP
       * that alone has more.
       */
      maxSeries: z.number().int().min(1).max(1_000_000).default(2000),
    })
    .prefault({}),
  inventory: z
    .strictObject({
      /**
       * Columns of links.csv of the user's own that Headroom ignores,
       * though one reads as a misspelling of a column it reads.
       */
      extraColumns: EXTRA_COLUMNS,
    })
    .prefault({}),
  dataQuality: z
    .strictObject({
      /** A sample above capacity × this factor is a counter spike. */
      spikeFactor: z.number().gt(1).max(100).default(1.5),
    })
    .prefault({}),
});

/** The validated configuration with every default filled in. */
export type Config = z.output<typeof CONFIG_SCHEMA>;
