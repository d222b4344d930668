import { z } from 'zod';
import { InputError } from '#lib/errors';
import {
  INPUT_DAY,
  PLAIN_NAME,
  PLAIN_TEXT,
  parseJsonFile,
} from '#lib/json-schema';

const day = INPUT_DAY;
// A factor of 1 changes nothing while the banner states it as assumed,
// as an event outside the forecast's days would (refused too).
const factor = z
  .number()
  .gt(0)
  .max(100)
  .refine((f) => f !== 1, 'must not be 1: the event would change nothing');

/**
 * A what-if scenario file (`headroom run --scenario FILE`). Events:
 * `link-down` and `site-down` remove capacity from `from` (until the day
 * before `until`, if given); `demand-multiplier` multiplies an ISP's
 * forecast demand from `from`; `event-surge` multiplies one day's demand
 * (of one ISP, or of every ISP when `isp` is left out).
 */
export const SCENARIO_SCHEMA = z.strictObject({
  name: PLAIN_NAME,
  description: PLAIN_TEXT.optional(),
  events: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('link-down'),
          linkId: z.string().min(1),
          from: day,
          until: day.optional(),
        }),
        z.strictObject({
          kind: z.literal('site-down'),
          site: z.string().min(1),
          from: day,
          until: day.optional(),
        }),
        z.strictObject({
          kind: z.literal('demand-multiplier'),
          isp: z.string().min(1),
          factor,
          from: day,
          until: day.optional(),
        }),
        z.strictObject({
          kind: z.literal('event-surge'),
          isp: z.string().min(1).optional(),
          date: day,
          factor,
        }),
      ]),
    )
    .min(1)
    .superRefine(checkPeriods),
});

/**
 * An event's `until` must come after its `from`: the event holds until
 * the day before `until`, so one on or before `from` changed nothing
 * while the banner stated it as assumed.
 */
function checkPeriods(
  events: readonly ({ from: string; until?: string } | { date: string })[],
  context: z.RefinementCtx,
): void {
  events.forEach((event, index) => {
    if (!('from' in event)) return;
    const { from, until } = event;
    if (until === undefined || until > from) return;
    context.addIssue({
      code: 'custom',
      path: [index, 'until'],
      input: until,
      message:
        `must be after 'from' (${from}): the event lasts until the day ` +
        'before it, so it would change nothing',
    });
  });
}

/** A validated scenario. */
export type Scenario = z.output<typeof SCENARIO_SCHEMA>;
/** One event of a scenario. */
export type ScenarioEvent = Scenario['events'][number];

/**
 * Parses and validates a scenario file.
 *
 * @param text - the file's content (JSON)
 * @param file - the file's name, for error messages
 * @returns the scenario
 * @throws InputError naming the file and the field's path, and the line
 *   of a key given twice or of a number out of range
 * @example
 * parseScenario('{"name":"LHR1 down","events":[{"kind":"site-down",' +
 *   '"site":"LHR1","from":"2026-12-01"}]}', 'lhr1.json').name; // 'LHR1 down'
 */
export function parseScenario(text: string, file: string): Scenario {
  // A byte order mark first is accepted, as in the configuration file.
  return parseJsonFile(
    text,
    file,
    SCENARIO_SCHEMA,
    (f, problem, location) => new InputError(f, problem, location),
  );
}
