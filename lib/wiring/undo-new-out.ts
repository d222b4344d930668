import { existsSync } from 'node:fs';
import { readdir, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { SCRATCH_FOLDER } from '#lib/adapters/local/scratch';

/**
 * Runs `run`, a local run into the folder `out`; when it fails and `out`
 * did not exist before, leaves no trace of it where nothing else was
 * written: a run refused (a bad inventory, the lock held) made `out`
 * and its empty scratch folder (`.headroom-tmp/`, for its lock) and
 * left them. Only folders that did not exist before are removed, and
 * only empty ones (`rmdir`): a folder with a file in it stays, with its
 * parents.
 *
 * @param out - the run's output folder
 * @param run - the run
 * @returns what `run` returned
 * @throws what `run` threw, after the folders are removed
 * @example
 * await undoNewOut('/tmp/new-out', () => runPipeline(deps, input));
 */
export async function undoNewOut<T>(
  out: string,
  run: () => Promise<T>,
): Promise<T> {
  const made = missingFolders(out);
  try {
    return await run();
  } catch (error) {
    await removeLeftEmpty(made);
    throw error;
  }
}

/** `out` and its parents that do not exist yet, deepest first. */
function missingFolders(out: string): string[] {
  const made: string[] = [];
  let path = resolve(out);
  while (!existsSync(path) && dirname(path) !== path) {
    made.push(path);
    path = dirname(path);
  }
  return made;
}

/**
 * Removes the made folders that hold nothing, `out`'s empty scratch
 * folder first, when that is all it holds: a scratch folder beside
 * anything else is another writer's, or a killed write's to sweep.
 */
async function removeLeftEmpty(made: readonly string[]): Promise<void> {
  const out = made[0];
  if (out === undefined) return;
  const names = await readdir(out).catch(() => []);
  if (names.length === 1 && names[0] === SCRATCH_FOLDER) {
    await rmdir(join(out, SCRATCH_FOLDER)).catch(() => {});
  }
  for (const folder of made) {
    // Not empty (or gone): it and its parents stay.
    if (
      !(await rmdir(folder).then(
        () => true,
        () => false,
      ))
    )
      return;
  }
}
