import { existsSync } from 'node:fs';
import { rmdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Runs `run`, a local run into the folder `out`; when it fails and `out`
 * did not exist before, leaves no trace of it where nothing else was
 * written: a run refused (a bad inventory, the lock held) made `out` for
 * its lock, and left it (the lock's scratch folder goes with its write,
 * `dropScratch`). Only folders that did not exist before are removed,
 * and only empty ones (`rmdir`): a folder with a file in it (another
 * writer's scratch, say) stays, with its parents.
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

/** Removes the made folders that hold nothing, deepest first. */
async function removeLeftEmpty(made: readonly string[]): Promise<void> {
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
