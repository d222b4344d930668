import { generateSample } from '#lib/sample/generate-sample';

/**
 * Writes the rollup Lambda tests' sample under `out`: 4 links, 3 days to
 * 2026-11-25, seed 5 (its `lake/` and `inventory/`).
 *
 * @param out - the folder to write it in
 * @example
 * await writeSmallSample(join(dir, 'sample'));
 */
export async function writeSmallSample(out: string): Promise<void> {
  await generateSample({
    out,
    links: 4,
    days: 3,
    seed: 5,
    end: '2026-11-25',
  });
}
