import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Makes the run folder one the plan wrote before it kept the top links:
 * the rows in parts, no `topLinks` in `plan.json`'s `qualityRows`.
 */
export async function unrankedRunFolder(runDir: string): Promise<void> {
  const file = join(runDir, 'plan.json');
  const plan = JSON.parse(await readFile(file, 'utf8'));
  const { topLinks, ...counts } = plan.qualityRows;
  expect(topLinks).toHaveLength(20);
  await writeFile(file, JSON.stringify({ ...plan, qualityRows: counts }));
}

/**
 * Makes the run folder one the plan wrote before the rows were in parts:
 * `quality.json` holding them after `totals`, no `qualityRows` in
 * `plan.json`, no `quality-rows/`.
 */
export async function olderRunFolder(runDir: string): Promise<void> {
  const plan = JSON.parse(await readFile(join(runDir, 'plan.json'), 'utf8'));
  const { qualityRows: _, ...older } = plan;
  const partsDir = join(runDir, 'quality-rows');
  const byLink: unknown[] = [];
  for (const part of (await readdir(partsDir)).sort()) {
    const text = await readFile(join(partsDir, part), 'utf8');
    byLink.push(
      ...text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );
  }
  const file = join(runDir, 'quality.json');
  const quality = JSON.parse(await readFile(file, 'utf8'));
  const entries = Object.entries(quality).flatMap((e) =>
    e[0] === 'totals' ? [e, ['byLink', byLink]] : [e],
  );
  await writeFile(file, JSON.stringify(Object.fromEntries(entries)));
  await writeFile(join(runDir, 'plan.json'), JSON.stringify(older));
  await rm(partsDir, { recursive: true });
}
