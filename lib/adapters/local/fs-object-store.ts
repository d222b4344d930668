import { access, link, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadroomError, StoreConflictError, StoreError } from '#lib/errors';
import type {
  BytePieces,
  ObjectStore,
  VersionedObject,
  WriteCondition,
} from '#lib/ports/object-store';
import { fileSize } from './file-size.ts';
import { contentVersion } from './fs-conditional.ts';
import { deleteIfMatch, replaceIfMatch } from './fs-if-match.ts';
import { listKeys } from './fs-list-keys.ts';
import {
  type Body,
  copyWhole,
  type Place,
  writeWhole,
} from './fs-placement.ts';
import { removeEmptyFolders } from './remove-empty-folders.ts';

/**
 * An `ObjectStore` over a local folder: a key is a path below `root`.
 * Writes, copies and bytes in pieces (as they come) go to scratch first
 * (`root/.headroom-tmp-<uuid>/`), renamed into place, so a reader never sees
 * half a file. A conditional create links the finished scratch file into
 * place (`link` fails if the name exists, like an exclusive `wx` open,
 * but never exposes half a file); a compare-and-swap, and a conditional
 * delete, compare content hashes under a per-key mutex file.
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
    await this.writeVia(key, body, rename);
  }

  /** Writes the pieces into scratch as they come, as a put writes. */
  async putPieces(key: string, pieces: BytePieces): Promise<void> {
    await this.writeVia(key, pieces, rename);
  }

  /** Copies through scratch, as a put writes ({@link copyWhole}). */
  async copy(from: string, to: string): Promise<void> {
    const source = this.pathOf(from);
    try {
      await copyWhole(this.root, source, this.pathOf(to));
    } catch (error) {
      const why = await access(source).then(
        () => '',
        () => `: there is no ${from}`,
      );
      throw new StoreError(
        `cannot copy ${from} to ${to} under ${this.root}${why}`,
        { cause: error },
      );
    }
  }

  async getVersioned(key: string): Promise<VersionedObject | undefined> {
    const body = await this.get(key);
    return body && { body, version: contentVersion(body) };
  }

  getSize(key: string): Promise<number | undefined> {
    return fileSize(this.pathOf(key));
  }

  async putIf(
    key: string,
    body: string | Uint8Array,
    condition: WriteCondition,
  ): Promise<string> {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const path = this.pathOf(key);
    if ('ifNoneMatch' in condition) {
      await this.writeVia(key, bytes, (temporary) =>
        link(temporary, path).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
          throw new StoreConflictError(key, `${key} exists already`);
        }),
      );
      return contentVersion(bytes);
    }
    const file = { root: this.root, path, key };
    await replaceIfMatch(file, condition.ifMatch, () => this.put(key, bytes));
    return contentVersion(bytes);
  }

  /** Deletes under the key's mutex ({@link deleteIfMatch}). */
  async deleteIf(key: string, condition: { readonly ifMatch: string }) {
    const file = { root: this.root, path: this.pathOf(key), key };
    if (await deleteIfMatch(file, condition.ifMatch)) {
      await removeEmptyFolders([key], (k) => this.pathOf(k));
    }
  }

  /** {@link writeWhole}, its errors the store's, naming the pieces' own. */
  private async writeVia(key: string, body: Body, place: Place) {
    try {
      await writeWhole(this.root, this.pathOf(key), body, place);
    } catch (error) {
      if (error instanceof StoreConflictError) throw error;
      const why = error instanceof HeadroomError ? `: ${error.message}` : '';
      const message = `cannot write ${key} under ${this.root}${why}`;
      throw new StoreError(message, { cause: error });
    }
  }

  list(prefix: string): Promise<string[]> {
    return listKeys(this.root, prefix);
  }

  /**
   * Removes the files, then the folders they leave empty, as deleting an
   * S3 prefix's last object leaves no prefix behind.
   */
  async delete(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
    await removeEmptyFolders(keys, (key) => this.pathOf(key));
  }

  private pathOf(key: string): string {
    if (key.split('/').includes('..')) {
      throw new StoreError(`key ${key} leaves the store`);
    }
    return join(this.root, ...key.split('/'));
  }
}
