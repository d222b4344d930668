import { StoreError } from '#lib/errors';
import { statOrNone } from './stat-or-none.ts';

/**
 * The size of the object at `path`, the file's through a symbolic link,
 * for `FsObjectStore.getSize`: `undefined` where there is no file
 * (nothing, a dangling link, a folder, a path through a file), as S3
 * answers a HeadObject of a key that is no object.
 *
 * @param path - the object's file
 * @returns its size in bytes, or `undefined`
 * @throws StoreError naming the path when it cannot be read otherwise
 * @example
 * await fileSize('/out/state/backtest.json'); // 71234567
 */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    const stats = await statOrNone(path);
    return stats?.isFile() ? stats.size : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new StoreError(`cannot read the size of ${path}`, { cause: error });
  }
}
