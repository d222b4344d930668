import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The file that keeps `folder` from being a folder: `folder` itself, or
 * the nearest of its parents that exists, when that one is not a folder
 * (a write below it fails with ENOTDIR, a mkdir of it with EEXIST).
 *
 * @param folder - a folder to use or create
 * @returns the file in the way, or undefined when the folder exists or
 *   can be created
 * @example
 * await fileInTheWay('report.html/reports'); // 'report.html'
 */
export async function fileInTheWay(
  folder: string,
): Promise<string | undefined> {
  for (let path = folder; ; path = dirname(path)) {
    const found = await stat(path).catch(() => undefined);
    if (found !== undefined) return found.isDirectory() ? undefined : path;
    if (dirname(path) === path) return undefined;
  }
}
