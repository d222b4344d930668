import { stat } from 'node:fs/promises';

/**
 * A path's `stat`, or undefined when nothing is behind it (ENOENT: gone,
 * or a symbolic link whose target is).
 *
 * @param path - the path
 * @returns its stats, or undefined
 * @example
 * await statOrNone('./lake/traffic/dt=2026-01-01/gone.parquet'); // undefined
 */
export async function statOrNone(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
