import type { Message, PublishOutcome } from '#lib/domain/message';

/**
 * Sends notifications (SNS in AWS, an outbox folder locally). It reports
 * each message's fate instead of throwing, so that notification state
 * advances only for the messages that were accepted.
 *
 * @example
 * const [outcome] = await notifier.publish([message]);
 * if (!outcome.ok) console.error(outcome.error);
 */
export interface Notifier {
  publish(messages: readonly Message[]): Promise<PublishOutcome[]>;
}
