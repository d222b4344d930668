import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Message } from '#lib/domain/message';

/** A critical alert for Acme on 2026-11-26. */
export const MESSAGE: Message = {
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

/**
 * A fresh outbox folder for each test of the calling file, removed after.
 *
 * @returns the current test's folder
 */
export function useOutboxFolder(): () => string {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'outbox-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  return () => folder;
}
