import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSample } from '#lib/wiring/local-sample';
import { silentLog } from '../../helpers/recording-log.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-local-sample-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('writeSample', () => {
  it('renews the lake lock while it writes, so a long sample keeps it', async () => {
    // Prepare: a clock on which 11 minutes pass at each reading, so that
    // a lock of 30 minutes is due for renewal at every day written
    let readings = 0;
    const clock = {
      now: () => new Date(Date.UTC(2026, 0, 1) + readings++ * 11 * 60_000),
    };
    const out = join(root, 's');
    const lock = join(out, 'lake', 'state', 'rollup.lock');
    const expiries = new Set<string>();
    // Act
    await writeSample(
      {
        out,
        links: 2,
        days: 6,
        end: '2026-01-31',
        onProgress: () => {
          expiries.add(JSON.parse(readFileSync(lock, 'utf8')).expiresAt);
        },
      },
      silentLog,
      clock,
    );
    // Assess: the lock's expiry moved on while the days were written
    // (each of the writer's two workers waits for a renewal after each
    // of its days; a renewal under way is shared)
    expect(expiries.size).toBeGreaterThanOrEqual(3);
  });
});
