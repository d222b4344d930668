import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import type { Message } from '#lib/domain/message';
import { recordingLog } from '../../../helpers/recording-log.ts';
import { MESSAGE, useOutboxFolder } from './outbox-notifier-fixture.ts';

const folder = useOutboxFolder();

describe('OutboxNotifier', () => {
  it('writes each message as a text file and a JSON twin, numbered per day', async () => {
    // Prepare
    const { log, messages: logged } = recordingLog('info');
    const notifier = new OutboxNotifier(folder(), log);
    const second = { ...MESSAGE, id: '2026-11-26/digest/emea-peering/1' };

    // Act
    const outcomes = await notifier.publish([MESSAGE, second]);

    // Assess
    const day = join(folder(), '2026-11-26');
    expect(await readdir(day)).toEqual([
      '01-alert-acme-1.json',
      '01-alert-acme-1.txt',
      '02-digest-emea-peering-1.json',
      '02-digest-emea-peering-1.txt',
    ]);
    expect(await readFile(join(day, '01-alert-acme-1.txt'), 'utf8')).toBe(
      'Subject: [Headroom] Acme: 1 critical — order by 2026-11-20\n' +
        'Message-Id: 2026-11-26/alert/acme/1\n' +
        'Attributes: isp=Acme; region=EMEA; severity=critical; owner=emea-peering\n' +
        '\nHeadroom capacity alert for Acme\n',
    );
    expect(
      JSON.parse(await readFile(join(day, '01-alert-acme-1.json'), 'utf8')),
    ).toEqual(MESSAGE);
    expect(outcomes).toEqual([
      { id: MESSAGE.id, ok: true, messageId: join(day, '01-alert-acme-1.txt') },
      {
        id: second.id,
        ok: true,
        messageId: join(day, '02-digest-emea-peering-1.txt'),
      },
    ]);
    expect(logged).toEqual([
      `outbox: ${MESSAGE.subject}`,
      `outbox: ${second.subject}`,
    ]);
  });

  it('files a message without a dated id under undated', async () => {
    // Prepare
    const notifier = new OutboxNotifier(folder());

    // Act
    await notifier.publish([{ ...MESSAGE, id: 'ad-hoc' }]);

    // Assess
    expect(await readdir(join(folder(), 'undated'))).toEqual([
      '01-message.json',
      '01-message.txt',
    ]);
  });

  it('keeps header lines single and delivers a repeated message once', async () => {
    // Prepare: names with line breaks from a hostile links.csv.
    const notifier = new OutboxNotifier(folder());
    const hostile: Message = {
      ...MESSAGE,
      subject: 'Acme\r\nBcc: all@corp',
      attributes: { ...MESSAGE.attributes, owner: 'ops\nX-Spoof: 1\t' },
    };

    // Act
    await notifier.publish([hostile]);
    const [again] = await notifier.publish([hostile]);

    // Assess
    const day = join(folder(), '2026-11-26');
    const text = await readFile(join(day, '01-alert-acme-1.txt'), 'utf8');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Subject: Acme Bcc: all@corp',
      'Message-Id: 2026-11-26/alert/acme/1',
      'Attributes: isp=Acme; region=EMEA; severity=critical; owner=ops X-Spoof: 1',
      '',
    ]);
    expect(again).toMatchObject({
      ok: true,
      messageId: join(day, '01-alert-acme-1.txt'),
    });
    expect(await readdir(day)).toHaveLength(2);
  });
});
