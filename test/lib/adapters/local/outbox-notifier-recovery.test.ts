import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import type { Message } from '#lib/domain/message';
import { MESSAGE, useOutboxFolder } from './outbox-notifier-fixture.ts';

const folder = useOutboxFolder();

describe('OutboxNotifier after failed or concurrent writes', () => {
  it('writes the JSON twin again when a write stopped between the two files, and the message once', async () => {
    // Prepare: the twin's name is taken by a folder, so its write fails
    const day = join(folder(), '2026-11-26');
    const blocker = join(day, '01-alert-acme-1.json');
    await mkdir(blocker, { recursive: true });
    const notifier = new OutboxNotifier(folder());
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

  it('delivers a possible repeat once, unmarked: the outbox knows what it holds', async () => {
    // Prepare: Acme delivered before a kill; Beta was not
    const notifier = new OutboxNotifier(folder());
    await notifier.publish([MESSAGE]);
    const beta: Message = {
      ...MESSAGE,
      id: '2026-11-26/alert/beta/1',
      subject: '[Headroom] Beta: 1 critical',
    };
    const mayRepeat = '2026-11-26T06:00:00.000Z';

    // Act: Beta follows an earlier message on its matter too
    await notifier.publish([
      { ...MESSAGE, mayRepeat },
      { ...beta, mayRepeat, mayFollow: mayRepeat },
    ]);

    // Assess
    const day = join(folder(), '2026-11-26');
    expect(await readdir(day)).toEqual([
      '01-alert-acme-1.json',
      '01-alert-acme-1.txt',
      '02-alert-beta-1.json',
      '02-alert-beta-1.txt',
    ]);
    const text = await readFile(join(day, '02-alert-beta-1.txt'), 'utf8');
    expect(text.startsWith('Subject: [Headroom] Beta: 1 critical\n')).toBe(
      true,
    );
    const twin = await readFile(join(day, '02-alert-beta-1.json'), 'utf8');
    expect(JSON.parse(twin)).toEqual(beta);
  });

  it('reports a message it cannot write instead of throwing', async () => {
    // Prepare: a file where the outbox folder should be.
    const blocked = join(folder(), 'blocked');
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

  it('numbers after files another notifier wrote meanwhile, overwriting none', async () => {
    // Prepare: two notifiers on one outbox (a killed run's, then the next)
    const first = new OutboxNotifier(folder());
    const second = new OutboxNotifier(folder());
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
    const day = join(folder(), '2026-11-26');
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
