import {
  PublishCommand,
  type PublishCommandInput,
  SNSClient,
  SNSServiceException,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach } from 'vitest';
import { SnsNotifier } from '#lib/adapters/aws/sns-notifier';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import type { NotifyDeps } from '#lib/pipeline/notify';
import { Killer } from '../../helpers/fault-injection.ts';
import { deps, group } from './notify-fixture.ts';

const sns = new SNSClient({ region: 'eu-west-1' });
/** The SNS client's mock: every publish accepted unless a test says. */
export const mock = mockClient(sns);
/** The real SNS adapter on the mock, retrying without waiting. */
export const notifier = new SnsNotifier(sns, 'arn:aws:sns:eu-west-1:1:alerts', {
  sleep: async () => {},
  random: () => 0,
});
/** Three ISPs' critical bundles, each its own message. */
export const evaluations = ['Acme', 'Beta', 'Gamma'].map((isp) =>
  group(isp, 'critical', '2026-11-20'),
);
export const asOf = '2026-11-26';

/** What SNS accepted (`snsRefusing`): subject, body, owners reached. */
export const acceptedBySns: {
  subject: string;
  body: string;
  owners: string[];
}[] = [];

/** Registers the mock's reset before each test of the calling file. */
export function useMockedSns(): void {
  beforeEach(() => {
    mock.reset();
    mock.on(PublishCommand).resolves({ MessageId: 'm' });
    acceptedBySns.length = 0;
  });
}

/**
 * Makes SNS accept every publish but those `refuse` picks (a 403),
 * recording what it accepts in {@link acceptedBySns}.
 */
export function snsRefusing(
  refuse: (input: PublishCommandInput) => boolean,
): void {
  mock.on(PublishCommand).callsFake((input: PublishCommandInput) => {
    if (refuse(input)) throw sdkError(403);
    const { DataType, StringValue = '' } = input.MessageAttributes!.owner!;
    const owners =
      DataType === 'String.Array' ? JSON.parse(StringValue) : [StringValue];
    const [subject, body] = [input.Subject!, input.Message!];
    acceptedBySns.push({ subject, body, owners });
    return { MessageId: 'm' };
  });
}

/** The emails SNS was asked to send: subject and first line. */
export const emails = () =>
  mock.commandCalls(PublishCommand).map(({ args: [{ input }] }) => {
    return `${input.Subject} | ${input.Message?.split('\n')[0]}`;
  });

/** The state file's `uncertain` record. */
export async function uncertain() {
  const text = await deps.reports.get(NOTIFICATION_STATE_KEY);
  return JSON.parse(new TextDecoder().decode(text)).uncertain;
}

/** notify's deps with the SNS adapter, killed after step `k`. */
export function killedAfter(k: number): NotifyDeps {
  const killer = new Killer(k);
  const reports = killer.store(deps.reports);
  return { ...deps, notifier: killer.notifier(notifier), reports };
}

/** What SNS throws for a refused call of this HTTP status. */
export function sdkError(status: 403 | 500) {
  return new SNSServiceException({
    name: status === 500 ? 'InternalError' : 'AuthorizationError',
    $fault: status === 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message: 'failed',
  });
}
