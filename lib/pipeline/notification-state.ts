import type { z } from 'zod';
import type { Config } from '#lib/config';
import type { Logger } from '#lib/ports/logger';
import type { ObjectStore } from '#lib/ports/object-store';
import { STATE_SCHEMA } from './notification-state-schema.ts';

/** Where the notification state lives in the report store. */
export const NOTIFICATION_STATE_KEY = 'state/notifications.json';

/** What was notified when (`state/notifications.json`). */
export type NotificationState = z.output<typeof STATE_SCHEMA>;
/** One alerted group's entry. */
export type GroupState = NotificationState['groups'][string];
/** A former owner holding a group's open alert (`GroupState.formerOwners`). */
export type FormerOwner = NonNullable<GroupState['formerOwners']>[number];

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
