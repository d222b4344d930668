import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import { expect } from 'vitest';
import type { Message, MessageAttributes } from '#lib/domain/message';
import { type NotifyDeps, notify } from '#lib/pipeline/notify';
import type { AlertFilter } from '../../../infra/stage-config.ts';
import { deliveredTo } from '../../helpers/filter-policy-match.ts';
import { deps, owned } from './notify-fixture.ts';
import { mock, notifier, sdkError } from './notify-sns-fixture.ts';

/** Subscriptions of the former owner and of the new one, by name. */
export const ADDRESSES: Readonly<Record<string, AlertFilter>> = {
  'emea-peering critical+warning': {
    owner: ['emea-peering'],
    severity: ['critical', 'warning'],
  },
  'emea-peering all': { owner: ['emea-peering'] },
  'noc critical+warning': { owner: ['noc'], severity: ['critical', 'warning'] },
  'noc all': { owner: ['noc'] },
};

/** What SNS accepted, as drafted, to count per address. */
export const delivered: Message[] = [];

/** SNS accepting every publish but those `refuse` picks (a 403). */
export function sns(refuse: (input: PublishCommandInput) => boolean): void {
  mock.on(PublishCommand).callsFake((input: PublishCommandInput) => {
    if (refuse(input)) throw sdkError(403);
    delivered.push(drafted(input));
    return { MessageId: 'm' };
  });
}

/** The message as the filter policies see it. */
function drafted(input: PublishCommandInput): Message {
  const attributes = Object.fromEntries(
    Object.entries(input.MessageAttributes ?? {}).map(([name, a]) => [
      name,
      a.DataType === 'String.Array'
        ? JSON.parse(a.StringValue!)
        : a.StringValue,
    ]),
  ) as unknown as MessageAttributes;
  return { id: '', subject: input.Subject!, body: '', attributes };
}

/** Per address, the subjects it received, a repeat marked `(possible repeat)`. */
export const perAddress = () =>
  Object.fromEntries(
    Object.entries(ADDRESSES).map(([name, filter]) => [
      name,
      delivered.filter((m) => deliveredTo(filter, m)).map((m) => m.subject),
    ]),
  );

/** noc's alert. */
export const ALERT = '[Headroom] Acme: 1 critical — order by 2026-12-20';
/** The handover to emea-peering. */
export const HANDOVER = '[Headroom] Acme: 1 bundle handed over to noc';

/** Told to emea-peering on 11-24, SNS working. */
export async function toldToFormer(): Promise<string> {
  delivered.length = 0;
  sns(() => false);
  await notify(
    { ...deps, notifier },
    {
      asOf: '2026-11-24',
      evaluations: [owned('emea-peering')],
    },
  );
  const [alert] = delivered.map((m) => m.subject);
  delivered.length = 0;
  return alert!;
}

/** A run with the bundle noc's, with `d`. */
export const toNoc = (d: NotifyDeps, asOf: string) =>
  notify(d, { asOf, evaluations: [owned('noc')] });

/** The subjects an address received, the marked repeats apart. */
function counted(subjects: readonly string[], of: string) {
  const mine = subjects.filter(
    (s) => s.replace('(possible repeat) ', '') === of,
  );
  const unmarked = mine.filter((s) => s === of).length;
  return { received: mine.length > 0, unmarked };
}

/**
 * Each address of the former owner received the handover and each of
 * the new owner's its alert, at most once unmarked; `alertOnce`: the
 * alert exactly once.
 */
export function expectEachOnce(alertOnce: boolean): void {
  const got = perAddress();
  for (const address of ['emea-peering critical+warning', 'emea-peering all']) {
    expect(counted(got[address]!, HANDOVER)).toEqual({
      received: true,
      unmarked: expect.toBeOneOf([0, 1]),
    });
    expect(got[address]!.filter((s) => s.includes('critical —'))).toEqual([]);
  }
  for (const address of ['noc critical+warning', 'noc all']) {
    expect(counted(got[address]!, ALERT)).toEqual({
      received: true,
      unmarked: expect.toBeOneOf([0, 1]),
    });
    if (alertOnce) expect(got[address]).toEqual([ALERT]);
  }
}
