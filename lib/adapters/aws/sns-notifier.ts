import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  headerSafe,
  type Message,
  type PublishOutcome,
  singleLine,
  withRepeatNotice,
} from '#lib/domain/message';
import { METRICS } from '#lib/domain/metrics';
import type { Notifier } from '#lib/ports/notifier';
import { type RetryOptions, sendWithRetry } from './retry.ts';

/** The part of Powertools `Metrics` the notifier uses. */
export interface MetricsSink {
  addMetric(
    name: string,
    unit: typeof MetricUnit.Count,
    value: number,
  ): unknown;
  publishStoredMetrics(): unknown;
}

/** SNS rejects email subjects longer than this. */
const MAX_SUBJECT = 100;

/**
 * A `Notifier` on one SNS topic. Each message carries the attributes
 * `isp`, `region`, `severity` and `owner`, so that subscription filter
 * policies route it to the right managers. Throttling and 5xx are retried
 * with back-off; a message that still fails comes back as `ok: false`, so
 * notification state does not advance for it, and is counted in the
 * CloudWatch metric `Headroom/NotificationsFailed` (an alarm watches it).
 * A message that an interrupted run may have sent (`mayRepeat`) goes out
 * marked as a possible repeat (`withRepeatNotice`).
 *
 * @example
 * const notifier = new SnsNotifier(new SNSClient({}), topicArn);
 * const outcomes = await notifier.publish(messages);
 */
export class SnsNotifier implements Notifier {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
    private readonly retry: RetryOptions = {},
    private readonly metrics?: MetricsSink,
  ) {}

  async publish(messages: readonly Message[]): Promise<PublishOutcome[]> {
    const outcomes: PublishOutcome[] = [];
    // One at a time: a digest run sends tens of messages, far below the
    // topic's rate, and ordering keeps the email order the report's.
    for (const message of messages) {
      outcomes.push(await this.publishOne(message));
    }
    return outcomes;
  }

  private async publishOne(drafted: Message): Promise<PublishOutcome> {
    // SNS cannot tell whether an interrupted run's attempt went out: a
    // message that may have is sent marked as a possible repeat.
    const message = headerSafe(withRepeatNotice(drafted));
    const command = new PublishCommand({
      TopicArn: this.topicArn,
      Subject: toSubject(message.subject),
      Message: message.body,
      MessageAttributes: Object.fromEntries(
        Object.entries(message.attributes).map(([name, value]) => [
          name,
          { DataType: 'String', StringValue: value || '-' },
        ]),
      ),
    });
    try {
      const out = await sendWithRetry(() => this.sns.send(command), this.retry);
      return { id: message.id, ok: true, messageId: out.MessageId ?? '' };
    } catch (error) {
      const e = error as Error;
      // Flushed at once: the run may still fail before a handler would.
      this.metrics?.addMetric(METRICS.notificationsFailed, MetricUnit.Count, 1);
      this.metrics?.publishStoredMetrics();
      return { id: message.id, ok: false, error: `${e.name}: ${e.message}` };
    }
  }
}

/**
 * An SNS subject: printable ASCII-safe (no line breaks), at most 100
 * characters, never empty.
 *
 * @param subject - the message's subject
 * @returns a subject SNS accepts
 * @example
 * toSubject('a\nb'); // 'a b'
 */
export function toSubject(subject: string): string {
  const flat = singleLine(subject) || 'Headroom';
  return flat.length <= MAX_SUBJECT
    ? flat
    : `${flat.slice(0, MAX_SUBJECT - 1)}…`;
}
