import { addDays } from '#lib/domain/dates';
import type { ObjectStore, WriteCondition } from '#lib/ports/object-store';
import {
  NOTIFICATION_STATE_KEY,
  type NotificationState,
  type VersionedState,
} from './notification-state.ts';

/** Days a sent message id is remembered (replays of recent days). */
const SENT_MEMORY_DAYS = 60;

/**
 * Writes the state, forgetting sent ids and uncertain sends older than 60
 * days, only if the stored state is still the version this run read
 * (`If-Match` on S3; a create only if there was none): a concurrent run's
 * update is never overwritten.
 *
 * @param store - the report store
 * @param next - the state to keep and the version it replaces
 * @param asOf - the run's date
 * @returns the version written, for the next save
 * @throws StoreConflictError when another run changed the state
 * @example
 * version = await saveNotificationState(store, { state, version }, asOf);
 */
export async function saveNotificationState(
  store: ObjectStore,
  next: VersionedState,
  asOf: string,
): Promise<string> {
  const oldest = addDays(asOf, -SENT_MEMORY_DAYS);
  const { state, version } = next;
  const sent = Object.fromEntries(
    Object.entries(state.sent).filter(([, on]) => on >= oldest),
  );
  const recent = Object.entries(state.uncertain ?? {}).filter(
    ([, at]) => at.slice(0, 10) >= oldest,
  );
  const uncertain = recent.length > 0 ? Object.fromEntries(recent) : undefined;
  const body = `${JSON.stringify({ ...state, sent, uncertain }, null, 2)}\n`;
  const condition: WriteCondition =
    version === undefined ? { ifNoneMatch: '*' } : { ifMatch: version };
  return store.putIf(
    NOTIFICATION_STATE_KEY,
    body,
    condition,
    'application/json',
  );
}

/**
 * A save of the state after save (`saveNotificationState`), each written
 * only if the stored state is the version the last one wrote (the first:
 * the version read).
 *
 * @param store - the report store
 * @param version - the version read, `undefined` when there was none
 * @param asOf - the run's date
 * @returns a function saving the state it is given
 * @throws StoreConflictError (from the save) when another run changed it
 * @example
 * const save = savingInTurn(store, loaded.version, asOf);
 * await save(progress.state());
 */
export function savingInTurn(
  store: ObjectStore,
  version: string | undefined,
  asOf: string,
): (state: NotificationState) => Promise<void> {
  let last = version;
  return async (state) => {
    last = await saveNotificationState(store, { state, version: last }, asOf);
  };
}
