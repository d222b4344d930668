import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AS_OF, read, sample } from './run-fixture.ts';

/**
 * Writes a scenario taking the sample's first site down from `from`,
 * named `name`.
 *
 * @returns the site taken down
 */
export async function writeSiteDown(
  file: string,
  name: string,
  from = AS_OF,
): Promise<string> {
  const inventory = await read(join(sample, 'inventory', 'links.csv'));
  const site = inventory.split('\n')[1]!.split(',')[3]!;
  const events = [{ kind: 'site-down', site, from }];
  await writeFile(file, JSON.stringify({ name, events }, null, 2));
  return site;
}
