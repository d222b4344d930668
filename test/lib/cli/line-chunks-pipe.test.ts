import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunksOf, fileOf } from '../../helpers/line-chunks-of.ts';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, readSync: vi.fn(real.readSync) };
});

describe('lineChunks from what is not a plain file', () => {
  afterEach(() => {
    vi.mocked(fs.readSync).mockClear();
  });

  it('reads a named pipe whose writer pauses midway, every line in order', async () => {
    // Prepare: `--input <(zcat …)` or a FIFO: a writer that sends half,
    // waits, then sends the rest
    const dir = await mkdtemp(join(tmpdir(), 'headroom-fifo-'));
    const fifo = join(dir, 'in.csv');
    execFileSync('mkfifo', [fifo]);
    const head = 'series_id,ds,y\n';
    const rows = Array.from({ length: 20_000 }, (_, i) => `s,d${i},${i}\n`);
    const first = await fileOf(head + rows.slice(0, 10_000).join(''));
    const rest = await fileOf(rows.slice(10_000).join(''));
    const writer = spawn('sh', [
      '-c',
      '{ cat "$1"; sleep 0.3; cat "$2"; } > "$3"',
      'sh',
      first,
      rest,
      fifo,
    ]);
    // Listened for now: the writer may close while the reader finishes,
    // and a listener added after its 'close' waits forever.
    const closed = new Promise((resolve) => writer.on('close', resolve));

    // Act
    const texts = await chunksOf(fifo);

    // Assess
    expect(await closed).toBe(0);
    expect(texts.join('')).toBe(head + rows.join(''));
  });

  it('reads the asynchronous way where a read would block (EAGAIN)', async () => {
    // Prepare: the first synchronous read answers EAGAIN, as a
    // non-blocking descriptor with nothing ready does
    const file = await fileOf('id,ds,y\na,2026-01-01,1\n');
    vi.mocked(fs.readSync).mockImplementationOnce(() => {
      throw Object.assign(
        new Error('EAGAIN: resource temporarily unavailable'),
        {
          code: 'EAGAIN',
        },
      );
    });

    // Act
    const texts = await chunksOf(file);

    // Assess
    expect(texts.join('')).toBe('id,ds,y\na,2026-01-01,1\n');
    expect(fs.readSync).toHaveBeenCalled();
  });
});
