import { join } from 'node:path';
import { UsageError } from '#lib/errors';
import { fileInTheWay } from '#lib/file-in-the-way';

/**
 * Refuses a sample folder that is, or lies under, a file, or whose
 * `lake` or `inventory` is a file: the generator stopped on it with a
 * stack trace (ENOTDIR, EEXIST), or said it could not write its lock
 * "under" the file.
 *
 * @param out - the sample folder (`--out`)
 * @throws UsageError naming the file in the way
 * @example
 * await checkSampleFolders('data/sample');
 */
export async function checkSampleFolders(out: string): Promise<void> {
  for (const folder of [join(out, 'lake'), join(out, 'inventory')]) {
    const file = await fileInTheWay(folder);
    if (file !== undefined) {
      throw new UsageError(
        `${file} is a file where the sample needs a folder: --out must ` +
          'name a folder (or one to create) for lake/ and inventory/',
      );
    }
  }
}
