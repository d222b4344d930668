import { randomUUID } from 'node:crypto';
import {
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';

/**
 * An `ObjectStore` over a local folder: a key is a path below `root`.
 * Writes go to a temporary file first and are renamed into place, so a
 * reader never sees half a file.
 *
 * @example
 * const store = new FsObjectStore('./out');
 * await store.put('reports/latest/index.html', '<html>…');
 */
export class FsObjectStore implements ObjectStore {
  constructor(private readonly root: string) {}

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreError(`cannot read ${key} under ${this.root}`, {
        cause: error,
      });
    }
  }

  async put(key: string, body: string | Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    const temporary = `${path}.tmp-${randomUUID()}`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, body);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new StoreError(`cannot write ${key} under ${this.root}`, {
        cause: error,
      });
    }
  }

  async list(prefix: string): Promise<string[]> {
    const files = await listFiles(this.root);
    return files
      .map((file) => relative(this.root, file).split(sep).join('/'))
      .filter((key) => key.startsWith(prefix) && !key.includes('.tmp-'))
      .sort();
  }

  async delete(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  private pathOf(key: string): string {
    if (key.split('/').includes('..')) {
      throw new StoreError(`key ${key} leaves the store`);
    }
    return join(this.root, ...key.split('/'));
  }
}

async function listFiles(folder: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StoreError(`cannot list ${folder}`, { cause: error });
  }
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    }),
  );
  return nested.flat();
}
