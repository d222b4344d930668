import type { Severity } from './vocabulary.ts';

/**
 * Attributes every notification carries, so that subscriptions can filter
 * what each manager receives (DESIGN.md "Notify").
 */
export interface MessageAttributes {
  readonly isp: string;
  readonly region: string;
  readonly severity: Severity | 'resolved' | 'digest';
  readonly owner: string;
}

/**
 * One notification, ready for a `Notifier`. `id` is stable for the content's
 * purpose (e.g. `2026-11-26/isp/Acme/1`), so a replay can be recognised.
 *
 * @example
 * const m: Message = { id: '2026-11-26/Acme/1', subject: 'Acme: 1 critical',
 *   body: '…', attributes: { isp: 'Acme', region: 'EMEA',
 *   severity: 'critical', owner: 'emea-peering' } };
 */
export interface Message {
  readonly id: string;
  readonly subject: string;
  readonly body: string;
  readonly attributes: MessageAttributes;
}

/** What the notifier did with one message. */
export type PublishOutcome =
  | { readonly id: string; readonly ok: true; readonly messageId: string }
  | { readonly id: string; readonly ok: false; readonly error: string };
