import { z } from 'zod';
import type { Config } from '#lib/config';
import { isIsoDay } from '#lib/domain/dates';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';

/** Where the notification state lives in the report store. */
export const NOTIFICATION_STATE_KEY = 'state/notifications.json';

// A real calendar day: '2026-13-45' would crash date arithmetic later.
const day = z.string().refine(isIsoDay, 'must be a date YYYY-MM-DD');

const STATE_SCHEMA = z.strictObject({
  /**
   * 2: a group's `severity` is the one the changes list held when told;
   * 1 (before): each run's own, lifted once on reading (`upgradeState`).
   */
  version: z.union([z.literal(1), z.literal(2)]),
  /** First run with this state: digests are due from then on. */
  since: day,
  /** Alerted groups, by group key: what was last notified. */
  groups: z.record(
    z.string(),
    z.strictObject({
      severity: z.enum(['warning', 'critical']),
      orderByDate: day.optional(),
      notifiedOn: day,
      /** First day of the followed upward step last notified, if any. */
      stepDate: day.optional(),
      /**
       * The day a fall from critical to warning was recorded without a
       * message (`recordDowngrades`), so that the escalation back says so.
       */
      loweredOn: day.optional(),
      isp: z.string(),
      /** The group's region, for a later message without its evaluation. */
      region: z.string().optional(),
      owner: z.string(),
      /**
       * The new owner whose alert of the group was accepted while the
       * handover to `owner`, its former one, was not (`StateProgress`):
       * both hold the open alert until the two went out, and the
       * "resolved" goes to both (docs/architecture.md "A bundle handed
       * over"). Absent otherwise.
       */
      handedTo: z.string().optional(),
      /**
       * The group's links when last judged, so that a group renamed in
       * links.csv keeps its entry (`followRenames`); absent in a state
       * written before them.
       */
      links: z.array(z.string()).optional(),
    }),
  ),
  /** Last weekly digest per owner. */
  digests: z.record(z.string(), day),
  /** Message ids the notifier accepted, with the as-of date. */
  sent: z.record(z.string(), day),
  /**
   * Messages that may have gone out unrecorded (`sentKey` → the instant
   * of the attempt): the one being sent when a run stopped, or one whose
   * send failed in a way that leaves it unknown. A later send of one is
   * marked as a possible repeat; acceptance removes it. Left out when
   * empty.
   */
  uncertain: z.record(z.string(), z.iso.datetime()).optional(),
});

/** What was notified when (`state/notifications.json`). */
export type NotificationState = z.output<typeof STATE_SCHEMA>;
/** One alerted group's entry. */
export type GroupState = NotificationState['groups'][string];

/**
 * An empty state for a first run.
 *
 * @param asOf - the run's date
 * @returns a state with nothing notified
 * @example
 * emptyState('2026-11-26').groups; // {}
 */
export function emptyState(asOf: string): NotificationState {
  return { version: 2, since: asOf, groups: {}, digests: {}, sent: {} };
}

/**
 * What every part of the notification plan reads: the state, the run's
 * date and its configuration.
 */
export interface PlanBase {
  readonly state: NotificationState;
  readonly asOf: string;
  readonly config: Config;
}

/** The state with the version it was read at, for a conditional save. */
export interface VersionedState {
  readonly state: NotificationState;
  /** The stored object's version; undefined when there was none. */
  readonly version?: string;
}

/**
 * Reads the notification state. A missing file starts empty; an unreadable
 * one (not JSON, or JSON of the wrong shape: `null`, a bad date, a wrong
 * type) is logged and starts empty too, so alerts are re-sent (at least
 * once) rather than lost, and the next save replaces it.
 *
 * @param store - the report store
 * @param asOf - the run's date (for a fresh state)
 * @param log - where a corrupt state is reported
 * @returns the state and the version it was read at
 * @example
 * const { state, version } = await loadNotificationState(store, asOf, log);
 */
export async function loadNotificationState(
  store: ObjectStore,
  asOf: string,
  log: Logger,
): Promise<VersionedState> {
  const stored = await store.getVersioned(NOTIFICATION_STATE_KEY);
  if (stored === undefined) return { state: emptyState(asOf) };
  const { version } = stored;
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(stored.body));
    const parsed = STATE_SCHEMA.safeParse(json);
    if (parsed.success) return { state: parsed.data, version };
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  } catch (error) {
    log.error('notification state unreadable: rebuilding it', {
      key: NOTIFICATION_STATE_KEY,
      error: (error as Error).message.slice(0, 300),
    });
    return { state: emptyState(asOf), version };
  }
}
