import { z } from 'zod';
import { isAtRisk, SEVERITIES } from '#lib/domain/vocabulary';
import { INPUT_DAY } from '#lib/json-schema';
import type { TrackedGroup } from '#lib/rules/change-types';
import { schemaProblem } from '#lib/schema-problem';

const severity = z.enum(SEVERITIES);
// JSON writes a NaN growth as null; the comparison reads NaN as unknown.
const growth = z
  .number()
  .nullable()
  .transform((n) => n ?? Number.NaN);

/**
 * `changes.json` as the comparison reads it: the state it left (a
 * `TrackedGroup` each: a field added there and not here, optional or
 * not, fails to compile, rather than being dropped from the memory on the
 * next run, as zod drops the fields its object does not name).
 */
const CHANGES_SCHEMA = z.object({
  state: z.array(
    z.object({
      key: z.string(),
      isp: z.string(),
      severity,
      askPorts: z.number(),
      askBps: z.number(),
      portBps: z.number(),
      orderByDate: z.string().optional(),
      growthPctPerYear: growth,
      rawSeverity: severity,
      rawAskPorts: z.number(),
      everAtRisk: z.boolean(),
      // A streak's first day that is no date would never count a week,
      // and hold the bundle's alert open for good.
      belowSince: z.partialRecord(severity, INPUT_DAY).optional(),
      capacityBps: z.number().optional(),
      plannedBps: z.number().optional(),
      trafficGone: z.array(z.string()).optional(),
      links: z.array(z.string()).optional(),
    } satisfies Record<
      keyof TrackedGroup,
      z.ZodType
    >) satisfies z.ZodType<TrackedGroup>,
  ),
});

/**
 * `forecasts.json`'s group rows, as far as the comparison reads them
 * (other rows are not read): every other row is made `undefined` first.
 */
const FORECASTS_SCHEMA = z.array(
  z
    .object({
      level: z.literal('group'),
      key: z.string(),
      isp: z.string(),
      severity,
      recommended_ports: z.number(),
      recommended_add_bps: z.number().nullable(),
      port_bps: z.number().nullable(),
      order_by_date: z.string().nullable(),
      growth_pct_per_year: growth,
    })
    .optional(),
);

type ForecastRow = z.output<typeof FORECASTS_SCHEMA>[number];

/**
 * The comparison state a previous run left in one of its files: its
 * `changes.json`, or, for a run older than changes, its `forecasts.json`
 * (group rows, without the hysteresis memory), or what keeps the file
 * from being read as such.
 *
 * @param file - `changes.json` or `forecasts.json`
 * @param bytes - the file's content
 * @returns the state, or the problem in words
 * @example
 * readRunState('changes.json', bytes); // { state: [...] }
 */
export function readRunState(
  file: 'changes.json' | 'forecasts.json',
  bytes: Uint8Array,
): { state: TrackedGroup[] } | { problem: string } {
  const json = parseJson(bytes);
  if ('problem' in json) return json;
  const schema = file === 'changes.json' ? CHANGES_SCHEMA : FORECASTS_SCHEMA;
  const value = file === 'changes.json' ? json.value : groupRows(json.value);
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const { problem, location } = schemaProblem(parsed.error);
    const what = file === 'changes.json' ? "run's changes" : "run's forecasts";
    return { problem: `is not a ${what} (${location.field}: ${problem})` };
  }
  return 'state' in parsed.data
    ? { state: parsed.data.state }
    : { state: stateFromRows(parsed.data) };
}

/**
 * A stored file as JSON, or why it is not.
 *
 * @param bytes - the file's content
 * @returns the value, or the problem in words
 * @example
 * parseJson(new TextEncoder().encode('{}')); // { value: {} }
 */
export function parseJson(
  bytes: Uint8Array,
): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch (error) {
    return { problem: `is not JSON (${(error as Error).message})` };
  }
}

/** An array's group rows in place, every other item `undefined`. */
function groupRows(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const isGroup = (row: unknown) =>
    typeof row === 'object' && row !== null && 'level' in row
      ? row.level === 'group'
      : true; // no level: checked, and named, as a row of the wrong shape
  return value.map((row) => (isGroup(row) ? row : undefined));
}

function stateFromRows(rows: readonly ForecastRow[]): TrackedGroup[] {
  return rows
    .filter((r) => r !== undefined)
    .map((r) => ({
      key: r.key,
      isp: r.isp,
      severity: r.severity,
      askPorts: r.recommended_ports,
      askBps: r.recommended_add_bps ?? 0,
      portBps: r.port_bps ?? 0,
      ...(r.order_by_date ? { orderByDate: r.order_by_date } : {}),
      growthPctPerYear: r.growth_pct_per_year,
      rawSeverity: r.severity,
      rawAskPorts: r.recommended_ports,
      everAtRisk: isAtRisk(r.severity),
    }));
}
