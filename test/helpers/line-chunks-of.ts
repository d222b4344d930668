import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { lineChunks } from '#lib/cli/line-chunks';

/**
 * The texts `lineChunks` gives for a file, each cut at its `end`, which
 * is checked to fall at a line end (or at the text's end).
 *
 * @param file - the file to read
 * @param size - the read buffer's size, lineChunks' default if left out
 * @returns the chunks' texts, in order
 * @example
 * (await chunksOf(await fileOf('a\nb\n'))).join(''); // 'a\nb\n'
 */
export async function chunksOf(file: string, size?: number) {
  const texts: string[] = [];
  for await (const { text, end } of lineChunks(file, size)) {
    expect(end === text.length || text[end - 1] === '\n').toBe(true);
    texts.push(text.slice(0, end));
  }
  return texts;
}

/**
 * A new file `in.csv` in a new temporary folder, holding `text`.
 *
 * @param text - the file's content
 * @returns its path
 * @example
 * const file = await fileOf('id,y\n');
 */
export async function fileOf(text: string | Uint8Array) {
  const dir = await mkdtemp(join(tmpdir(), 'headroom-chunks-'));
  const file = join(dir, 'in.csv');
  await writeFile(file, text);
  return file;
}
