import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxNotifier } from '#lib/adapters/local/outbox-notifier';
import type { Message } from '#lib/domain/message';
import { MESSAGE, useOutboxFolder } from './outbox-notifier-fixture.ts';

const folder = useOutboxFolder();

describe('OutboxNotifier, a message for several owners', () => {
  it('records every owner as the JSON array SNS would carry', async () => {
    // Prepare: Acme's bundles belong to two owners, in two regions
    const notifier = new OutboxNotifier(folder());
    const shared: Message = {
      ...MESSAGE,
      attributes: {
        ...MESSAGE.attributes,
        region: ['DACH', 'EMEA'],
        owner: ['emea-peering', 'noc'],
      },
    };

    // Act
    await notifier.publish([shared]);

    // Assess: before, both read `multiple`
    const day = join(folder(), '2026-11-26');
    const text = await readFile(join(day, '01-alert-acme-1.txt'), 'utf8');
    expect(text.split('\n')[2]).toBe(
      'Attributes: isp=Acme; region=["DACH","EMEA"]; severity=critical; owner=["emea-peering","noc"]',
    );
    const twin = JSON.parse(
      await readFile(join(day, '01-alert-acme-1.json'), 'utf8'),
    );
    expect(twin.attributes).toEqual({
      isp: 'Acme',
      region: ['DACH', 'EMEA'],
      severity: 'critical',
      owner: ['emea-peering', 'noc'],
    });
  });

  it('keeps each owner on one line, and two that read alike once', async () => {
    // Prepare: owners with line breaks from a hostile links.csv
    const notifier = new OutboxNotifier(folder());
    const hostile: Message = {
      ...MESSAGE,
      attributes: {
        ...MESSAGE.attributes,
        owner: ['noc\nX-Spoof: 1', 'noc X-Spoof: 1', 'emea-peering'],
      },
    };

    // Act
    await notifier.publish([hostile]);

    // Assess
    const day = join(folder(), '2026-11-26');
    const text = await readFile(join(day, '01-alert-acme-1.txt'), 'utf8');
    expect(text.split('\n')[2]).toBe(
      'Attributes: isp=Acme; region=EMEA; severity=critical; owner=["emea-peering","noc X-Spoof: 1"]',
    );
  });
});
