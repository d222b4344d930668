import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import type { Message } from '#lib/domain/message';

const MESSAGE: Message = {
  id: '2026-11-26/alert/acme/1',
  subject: '[Headroom] Acme: 1 critical — order by 2026-11-20',
  body: 'Headroom capacity alert for Acme\n',
  attributes: {
    isp: 'Acme',
    region: 'EMEA',
    severity: 'critical',
    owner: 'emea-peering',
  },
};

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'outbox-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('OutboxNotifier', () => {
  it('writes the JSON twin again when a write stopped between the two files, and the message once', async () => {
    // Prepare: the twin's name is taken by a folder, so its write fails
    const day = join(folder, '2026-11-26');
    const blocker = join(day, '01-alert-acme-1.json');
    await mkdir(blocker, { recursive: true });
    const notifier = new OutboxNotifier(folder);
    const [failed] = await notifier.publish([MESSAGE]);
    await rm(blocker, { recursive: true });

    // Act
    const [retried] = await notifier.publish([MESSAGE]);

    // Assess
    expect(failed?.ok).toBe(false);
    expect(retried?.ok).toBe(true);
    const files = await readdir(day);
    expect(files).toEqual(['01-alert-acme-1.json', '01-alert-acme-1.txt']);
    const twin = JSON.parse(await readFile(blocker, 'utf8'));
    expect(twin.id).toBe(MESSAGE.id);
  });

  it('writes each message as a text file and a JSON twin, numbered per day', async () => {
    // Prepare
    const logged: string[] = [];
    const log = {
      info: (m: string) => logged.push(m),
      warn: () => {},
      error: () => {},
    };
    const notifier = new OutboxNotifier(folder, log);
    const second = { ...MESSAGE, id: '2026-11-26/digest/emea-peering/1' };

    // Act
    const outcomes = await notifier.publish([MESSAGE, second]);

    // Assess
    const day = join(folder, '2026-11-26');
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
    const notifier = new OutboxNotifier(folder);

    // Act
    await notifier.publish([{ ...MESSAGE, id: 'ad-hoc' }]);

    // Assess
    expect(await readdir(join(folder, 'undated'))).toEqual([
      '01-message.json',
      '01-message.txt',
    ]);
  });

  it('reports a message it cannot write instead of throwing', async () => {
    // Prepare: a file where the outbox folder should be.
    const blocked = join(folder, 'blocked');
    await writeFile(blocked, 'not a folder');
    const notifier = new OutboxNotifier(blocked);

    // Act
    const [outcome] = await notifier.publish([MESSAGE]);

    // Assess
    expect(outcome).toMatchObject({
      id: MESSAGE.id,
      ok: false,
      error: expect.stringMatching(/EEXIST|ENOTDIR/),
    });
  });

  it('keeps header lines single and delivers a repeated message once', async () => {
    // Prepare: names with line breaks from a hostile links.csv.
    const notifier = new OutboxNotifier(folder);
    const hostile: Message = {
      ...MESSAGE,
      subject: 'Acme\r\nBcc: all@corp',
      attributes: { ...MESSAGE.attributes, owner: 'ops\nX-Spoof: 1\t' },
    };

    // Act
    await notifier.publish([hostile]);
    const [again] = await notifier.publish([hostile]);

    // Assess
    const day = join(folder, '2026-11-26');
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

  it('numbers after files another notifier wrote meanwhile, overwriting none', async () => {
    // Prepare: two notifiers on one outbox (a killed run's, then the next)
    const first = new OutboxNotifier(folder);
    const second = new OutboxNotifier(folder);
    const message = (isp: string): Message => ({
      ...MESSAGE,
      id: `2026-11-26/alert/${isp.toLowerCase()}/1`,
      subject: `[Headroom] ${isp}: 1 critical`,
      attributes: { ...MESSAGE.attributes, isp },
    });

    // Act
    await first.publish([message('Acme')]);
    await second.publish([message('Beta')]);
    await first.publish([message('Gamma')]);
    const [again] = await second.publish([message('Gamma')]);

    // Assess
    const day = join(folder, '2026-11-26');
    const texts = (await readdir(day)).filter((f) => f.endsWith('.txt'));
    expect(texts.sort()).toEqual([
      '01-alert-acme-1.txt',
      '02-alert-beta-1.txt',
      '03-alert-gamma-1.txt',
    ]);
    expect(await readFile(join(day, '02-alert-beta-1.txt'), 'utf8')).toMatch(
      /^Subject: \[Headroom\] Beta/,
    );
    expect(again).toMatchObject({
      ok: true,
      messageId: join(day, '03-alert-gamma-1.txt'),
    });
  });
});
