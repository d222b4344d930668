import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runHeadroom } from '../../helpers/run-headroom.ts';

/** `headroom run` on the lake `folder` and the inventory given. */
export const runOn = (
  folder: string,
  inventory: string,
  ...options: string[]
) =>
  runHeadroom(
    'run',
    ...options,
    '--lake',
    folder,
    '--inventory',
    inventory,
    '--out',
    join(folder, 'out'),
  );

/**
 * `headroom run` on a lake (an empty traffic/) with no inventory beside it:
 * the run stops there.
 */
export const runWithoutInventory = async (
  folder: string,
  ...options: string[]
) => {
  await mkdir(join(folder, 'traffic'), { recursive: true });
  return runOn(folder, join(folder, 'none'), ...options);
};
