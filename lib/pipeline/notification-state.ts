import { z } from 'zod';
import { addDays } from '#lib/domain/dates';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';

/** Where the notification state lives in the report store. */
export const NOTIFICATION_STATE_KEY = 'state/notifications.json';

/** Days a sent message id is remembered (replays of recent days). */
const SENT_MEMORY_DAYS = 60;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const STATE_SCHEMA = z.strictObject({
  version: z.literal(1),
  /** First run with this state: digests are due from then on. */
  since: day,
  /** Alerted groups, by group key: what was last notified. */
  groups: z.record(
    z.string(),
    z.strictObject({
      severity: z.enum(['warning', 'critical']),
      orderByDate: day.optional(),
      notifiedOn: day,
      isp: z.string(),
      owner: z.string(),
    }),
  ),
  /** Last weekly digest per owner. */
  digests: z.record(z.string(), day),
  /** Message ids the notifier accepted, with the as-of date. */
  sent: z.record(z.string(), day),
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
  return { version: 1, since: asOf, groups: {}, digests: {}, sent: {} };
}

/**
 * Reads the notification state. A missing file starts empty; an unreadable
 * one is logged and starts empty too, so alerts are re-sent (at least
 * once) rather than lost.
 *
 * @param store - the report store
 * @param asOf - the run's date (for a fresh state)
 * @param log - where a corrupt state is reported
 * @returns the state
 * @example
 * const state = await loadNotificationState(deps.reports, asOf, deps.log);
 */
export async function loadNotificationState(
  store: ObjectStore,
  asOf: string,
  log: Logger,
): Promise<NotificationState> {
  const bytes = await store.get(NOTIFICATION_STATE_KEY);
  if (bytes === undefined) return emptyState(asOf);
  try {
    return STATE_SCHEMA.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    log.error('notification state unreadable: starting afresh', {
      key: NOTIFICATION_STATE_KEY,
      error: (error as Error).message,
    });
    return emptyState(asOf);
  }
}

/**
 * Writes the state, forgetting sent ids older than 60 days.
 *
 * @param store - the report store
 * @param state - the state to keep
 * @param asOf - the run's date
 * @example
 * await saveNotificationState(deps.reports, state, asOf);
 */
export async function saveNotificationState(
  store: ObjectStore,
  state: NotificationState,
  asOf: string,
): Promise<void> {
  const oldest = addDays(asOf, -SENT_MEMORY_DAYS);
  const sent = Object.fromEntries(
    Object.entries(state.sent).filter(([, on]) => on >= oldest),
  );
  const body = `${JSON.stringify({ ...state, sent }, null, 2)}\n`;
  await store.put(NOTIFICATION_STATE_KEY, body, 'application/json');
}
