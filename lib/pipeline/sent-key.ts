import type { Message } from '#lib/domain/message';
import { shortHash } from '#lib/domain/slug';

/**
 * A sent message is recorded by id and content, so that a replay of the
 * same day skips what was accepted, while a same-day rerun whose content
 * changed (an escalation) still goes out.
 *
 * @param message - a planned message
 * @returns its key in the state's `sent` record
 * @example
 * state.sent[sentKey(message)]; // the as-of date it was accepted on
 */
export function sentKey(message: Message): string {
  return `${message.id}#${shortHash(`${message.subject}\n${message.body}`)}`;
}

/**
 * The matter a message's key is about: its id's purpose and ISP or owner
 * (`alert/acme` of `2026-11-26/alert/acme/1#…`), the same on every day,
 * whatever the content and part.
 *
 * @param key - a key of the state's `sent` or `uncertain` record
 * @returns the purpose and slug
 * @example
 * matterOf('2026-11-26/alert/acme/1#0a1b2c3d'); // 'alert/acme'
 */
export function matterOf(key: string): string {
  return key.split('#')[0]!.split('/').slice(1, 3).join('/');
}

/**
 * Whether a key of `uncertain` is of a run on or before `asOf`: only such
 * a message is one a message of `asOf` follows and settles. A later
 * day's stays for that day's rerun (an older day replayed meanwhile).
 *
 * @param key - a key of the state's `uncertain` record
 * @param asOf - this run's date
 * @returns true when the key's as-of date is not after `asOf`
 * @example
 * isEarlierRun('2026-11-27/alert/acme/1#0a1b2c3d', '2026-11-26'); // false
 */
export function isEarlierRun(key: string, asOf: string): boolean {
  return key.split('/')[0]! <= asOf;
}
