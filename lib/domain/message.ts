import { type AttributeValue, attributeValue } from './message-attribute.ts';
import type { Severity } from './vocabulary.ts';

/**
 * The `severity` a message is routed on: an alert's, `resolved` for an
 * alert over, `digest` for the weekly digest.
 */
export type MessageSeverity = Severity | 'resolved' | 'digest';

/**
 * Attributes every notification carries, so that subscriptions can filter
 * what each manager receives (README "How it works", notify). A message
 * spanning several ISPs, regions or owners names them all
 * (`AttributeValue`), so that a subscription to any one receives it.
 */
export interface MessageAttributes {
  readonly isp: AttributeValue;
  readonly region: AttributeValue;
  /**
   * One severity, or several (a `String.Array`, which a filter policy
   * matches on any one): a handover carries every one an alert about its
   * bundles may have, so that it reaches each subscription that alert
   * did (docs/architecture.md "A bundle handed over").
   */
  readonly severity: MessageSeverity | readonly MessageSeverity[];
  readonly owner: AttributeValue;
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
  /**
   * Set when a run stopped while sending this very message (the
   * notification state named it as being sent, at this ISO instant): it
   * may have gone out already. A notifier that can tell (the outbox)
   * still delivers it once; one that cannot (SNS) marks it with
   * `withRepeatNotice` (docs/architecture.md "Stages", notify).
   */
  readonly mayRepeat?: string;
  /**
   * Set when an earlier message on the same matter (its purpose and ISP
   * or owner), with other content, may have gone out unrecorded, at this
   * ISO instant: this one follows it, with the figures of its own run.
   * Marked as `mayRepeat` is, with its own first paragraph.
   */
  readonly mayFollow?: string;
}

/** What the notifier did with one message. */
export type PublishOutcome =
  | { readonly id: string; readonly ok: true; readonly messageId: string }
  | {
      readonly id: string;
      readonly ok: false;
      readonly error: string;
      /**
       * The message may have gone out all the same (its last attempts
       * timed out or got a 5xx): a later send of it is a possible repeat.
       */
      readonly mayHaveArrived?: boolean;
    };

/**
 * The longest subject: SNS refuses email subjects of 100 characters or
 * more ("must be less than 100 characters long").
 */
export const MAX_SUBJECT = 99;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * One line of text for a subject or attribute: every run of control
 * characters (line breaks, tabs, …) becomes one space, so a name can never
 * add a header line to an email or a field to an attribute.
 *
 * @param text - any text
 * @returns the text on one line, trimmed
 * @example
 * singleLine('Acme\r\nBcc: x'); // 'Acme Bcc: x'
 */
export function singleLine(text: string): string {
  return text.replace(CONTROL_RUN, ' ').trim();
}

/**
 * The message with a single-line subject and attributes.
 *
 * @param message - a drafted message
 * @returns the message safe for email headers and SNS attributes
 * @example
 * headerSafe(message).subject; // no line breaks
 */
export function headerSafe(message: Message): Message {
  const a = message.attributes;
  return {
    ...message,
    subject: singleLine(message.subject),
    attributes: {
      isp: singleLineValue(a.isp),
      region: singleLineValue(a.region),
      severity: a.severity,
      owner: singleLineValue(a.owner),
    },
  };
}

/** Each name on one line; two that become the same count once. */
function singleLineValue(value: AttributeValue): AttributeValue {
  return typeof value === 'string'
    ? singleLine(value)
    : attributeValue(value.map(singleLine));
}
