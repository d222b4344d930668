import { SNSClient, SNSServiceException } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach } from 'vitest';
import type { Message } from '#lib/domain/message';

/** The SNS client of a test file, and its mock (reset before each test). */
export function useMockedSns() {
  const sns = new SNSClient({ region: 'eu-west-1' });
  const mock = mockClient(sns);
  beforeEach(() => {
    mock.reset();
  });
  return { sns, mock };
}

export const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:alerts';

/** A critical alert for Acme. */
export const MESSAGE: Message = {
  id: '2026-11-26/isp/Acme/1',
  subject: 'Acme: 1 critical augment',
  body: 'Order by 2026-12-01',
  attributes: {
    isp: 'Acme',
    region: 'EMEA',
    severity: 'critical',
    owner: 'emea-peering',
  },
};

/** Retry timing that does not wait. */
export const noWait = { sleep: async () => {}, random: () => 0 };

/**
 * An error as the SDK throws it for a refused call.
 *
 * @example
 * mock.on(PublishCommand).rejectsOnce(sdkError('Throttling', 'client', 400));
 */
export function sdkError(
  name: string,
  fault: 'client' | 'server',
  status: number,
) {
  return new SNSServiceException({
    name,
    $fault: fault,
    $metadata: { httpStatusCode: status },
    message: `${name} happened`,
  });
}
