import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { withKeyMutex } from '#lib/adapters/local/fs-conditional';

/** The mutex whose owner's name the disk refuses to take. */
let fullOn = '';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (args[0] !== fullOn) return handle;
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), {
            code: 'ENOSPC',
          });
        },
        close: () => handle.close(),
      });
    },
  };
});

describe('withKeyMutex when the owner’s name cannot be written', () => {
  it('fails with the disk’s error and leaves no nameless mutex behind', async () => {
    // Prepare: a full disk for the mutex of one key
    const path = join(await mkdtemp(join(tmpdir(), 'mutex-')), 'state.json');
    fullOn = `${path}.cas-lock`;
    const work = vi.fn(async () => 'swapped');

    // Act
    const failed = withKeyMutex(path, work);

    // Assess: the error is the disk's, nothing ran, and no mutex is left
    // for the next compare-and-swap on the key to wait for
    await expect(failed).rejects.toThrow('ENOSPC');
    expect(work).not.toHaveBeenCalled();
    expect(existsSync(fullOn)).toBe(false);
  });
});
