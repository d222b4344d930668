import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  headerSafe,
  MAX_SUBJECT,
  type Message,
  type PublishOutcome,
  singleLine,
} from '#lib/domain/message';
import { wireAttribute } from '#lib/domain/message-attribute';
import { METRICS } from '#lib/domain/metrics';
import { withRepeatNotice } from '#lib/domain/repeat-notice';
import type { Notifier } from '#lib/ports/notifier';
import { isRetryableSend, mayHaveArrived } from './ambiguous-failure.ts';
import { type RetryOptions, sendWithRetry } from './retry.ts';

/**
 * The attributes sent, named one by one: `Object.entries` typed their
 * values `any`, so a value that was not a string would have compiled.
 */
const ATTRIBUTE_NAMES = ['isp', 'region', 'severity', 'owner'] as const;

/** The part of Powertools `Metrics` the notifier uses. */
export interface MetricsSink {
  addMetric(
    name: string,
    unit: typeof MetricUnit.Count,
    value: number,
  ): unknown;
  publishStoredMetrics(): unknown;
}

/**
 * A `Notifier` on one SNS topic. Each message carries the attributes
 * `isp`, `region`, `severity` and `owner`, so that subscription filter
 * policies route it to the right managers: a `String` for one name, a
 * `String.Array` for several (`wireAttribute`), which a policy matches
 * when any of its names does. Throttling and 5xx are retried
 * with back-off; a message that still fails comes back as `ok: false`, so
 * notification state does not advance for it, and is counted in the
 * CloudWatch metric `Headroom/NotificationsFailed` (an alarm watches it).
 * A message that an interrupted run may have sent (`mayRepeat`), or that
 * an attempt here may have (a 5xx, a timeout, a connection lost midway:
 * `mayHaveArrived`), goes out marked as a possible repeat
 * (`withRepeatNotice`), as does one that follows an earlier message on
 * its matter that may have gone out (`mayFollow`). So that every attempt
 * passes here, give it a client that makes one attempt per call
 * (`maxAttempts: 1`): the SDK's own retries would resend unmarked.
 *
 * @example
 * const notifier = new SnsNotifier(new SNSClient({ maxAttempts: 1 }), arn);
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
    // SNS cannot tell whether an earlier attempt went out: a message that
    // an interrupted run, or a failed attempt here, may have sent goes out
    // marked as a possible repeat.
    let { mayRepeat } = drafted;
    let arrived = false;
    const attempt = async () => {
      try {
        return await this.sns.send(this.command({ ...drafted, mayRepeat }));
      } catch (error) {
        if (mayHaveArrived(error)) {
          arrived = true;
          mayRepeat ??= new Date().toISOString();
        }
        throw error;
      }
    };
    try {
      const out = await sendWithRetry(attempt, {
        retryable: isRetryableSend,
        ...this.retry,
      });
      return { id: drafted.id, ok: true, messageId: out.MessageId ?? '' };
    } catch (error) {
      const e = error as Error;
      // Flushed at once: the run may still fail before a handler would.
      this.metrics?.addMetric(METRICS.notificationsFailed, MetricUnit.Count, 1);
      this.metrics?.publishStoredMetrics();
      return {
        id: drafted.id,
        ok: false,
        error: `${e.name}: ${e.message}`,
        mayHaveArrived: arrived,
      };
    }
  }

  private command(drafted: Message): PublishCommand {
    const message = headerSafe(withRepeatNotice(drafted));
    return new PublishCommand({
      TopicArn: this.topicArn,
      Subject: toSubject(message.subject),
      Message: message.body,
      MessageAttributes: Object.fromEntries(
        ATTRIBUTE_NAMES.map((name) => {
          const wire = wireAttribute(message.attributes[name]);
          return [name, { DataType: wire.dataType, StringValue: wire.value }];
        }),
      ),
    });
  }
}

/**
 * An SNS subject: printable ASCII-safe (no line breaks), at most
 * {@link MAX_SUBJECT} characters, never empty.
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
