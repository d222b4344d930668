import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { SnsNotifier } from '#lib/adapters/aws/sns-notifier';
import { createClients } from '#lib/wiring/aws-clients';
import {
  noWait,
  MESSAGE as PLAIN,
  sdkError,
  TOPIC,
  useMockedSns,
} from './sns-fixture.ts';

const { sns, mock } = useMockedSns();
const notifier = new SnsNotifier(sns, TOPIC, noWait);
const MESSAGE = { ...PLAIN, subject: '[Headroom] Acme: 1 critical augment' };
const MARKED = '[Headroom] (possible repeat) Acme: 1 critical augment';

/** Each attempt's subject and body, in order. */
const attempts = () =>
  mock
    .commandCalls(PublishCommand)
    .map(({ args: [{ input }] }) => [input.Subject, input.Message]);

const server = sdkError('InternalError', 'server', 500);
const throttled = sdkError('Throttling', 'client', 400);
const network = (code: string) =>
  Object.assign(new Error(`socket: ${code}`), { code });
const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });

describe('SnsNotifier: possible repeats', () => {
  it('marks a message an interrupted run may have sent', async () => {
    // Prepare
    mock.on(PublishCommand).resolves({ MessageId: 'm-1' });
    const maybe = { ...MESSAGE, mayRepeat: '2026-11-26T06:00:03.000Z' };

    // Act
    await notifier.publish([maybe]);

    // Assess
    expect(attempts()).toEqual([
      [
        MARKED,
        'Possible repeat: Headroom was sending this message at 2026-11-26 ' +
          '06:00 UTC and could not confirm that it went out. If you ' +
          'already have it, this copy adds nothing.\n\nOrder by 2026-12-01',
      ],
    ]);
  });

  it.each([
    ['a 5xx', server, true],
    ['a timeout', timeout, true],
    ['a connection reset midway', network('ECONNRESET'), true],
    ['throttling', throttled, false],
    ['a 429 of any name', sdkError('RateLimited', 'client', 429), false],
    ['a refused connection', network('ECONNREFUSED'), false],
  ])(
    'retries after %s, marking the next attempt when the first may have gone out: %s',
    async (_, error, marked) => {
      // Prepare
      mock.on(PublishCommand).rejectsOnce(error).resolves({ MessageId: 'm-2' });

      // Act
      const [outcome] = await notifier.publish([MESSAGE]);

      // Assess
      expect(outcome).toEqual({ id: MESSAGE.id, ok: true, messageId: 'm-2' });
      const [first, second] = attempts();
      expect(first).toEqual([MESSAGE.subject, MESSAGE.body]);
      expect(second?.[0]).toBe(marked ? MARKED : MESSAGE.subject);
      expect(second?.[1]?.startsWith('Possible repeat: ')).toBe(marked);
    },
  );

  it('keeps a long subject within 99 characters, its name cut, not its date', async () => {
    // Prepare: a subject of the longest length, as clampSubject makes it
    mock.on(PublishCommand).resolves({ MessageId: 'm-5' });
    const tail = ': 1 critical — was due 6 d ago';
    const name = 'Carrier Transit '.repeat(4);
    const subject = `[Headroom] OVERDUE ${name}`.slice(0, 99 - tail.length);
    const long = {
      ...MESSAGE,
      subject: subject + tail,
      mayRepeat: '2026-11-26T06:00:00.000Z',
    };

    // Act
    await notifier.publish([long]);

    // Assess
    const sent = attempts()[0]?.[0];
    expect(sent).toBe(
      `[Headroom] (possible repeat) OVERDUE Carrier Tran… Carrier Transit Ca${tail}`,
    );
    expect(sent).toHaveLength(99);
  });

  it('gets a client that makes one attempt per call in the Lambdas', async () => {
    // Act: the SDK's own retries would resend unmarked
    const { sns: client } = createClients({});

    // Assess
    expect(await client.config.maxAttempts()).toBe(1);
  });
});
