import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chunksOf, fileOf } from '../../helpers/line-chunks-of.ts';

describe('lineChunks', () => {
  it('gives the lines of a UTF-8 file whose characters straddle a chunk', async () => {
    // Prepare: 'ü' (two bytes) starts one byte before the first 64 kB
    // end, so the first read splits it; an ASCII part and a last line
    // without a line feed as well.
    // Bytes before it: 3 (BOM) + head + 1 (line feed) + 19.
    const head = 'x'.repeat((1 << 16) - 1 - 3 - 1 - 19);
    const text = `\uFEFF${head}\n${'a'.repeat(19)}ü-zürich,1\n${'b,2\n'.repeat(300_000)}end`;
    const file = await fileOf(text);
    const bytes = await readFile(file);
    expect(bytes[(1 << 16) - 1]).toBe(0xc3); // first byte of 'ü'

    // Act
    const texts = await chunksOf(file);

    // Assess
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(await readFile(file, 'utf8'));
    expect(texts.join('')).toContain('ü-zürich,1\n');
  });

  it('grows its buffer for lines longer than it, CRLF kept', async () => {
    // Prepare: a 16-byte buffer, lines of 5 to 100 bytes.
    const text = ['id,ds,y', 'a'.repeat(100), 'b,"q,1"', 'c,1e5,'].join('\r\n');
    const file = await fileOf(`${text}\r\n`);

    // Act
    const texts = await chunksOf(file, 16);

    // Assess
    expect(texts.join('')).toBe(`${text}\r\n`);
    expect(texts.some((t) => t.startsWith('a'.repeat(100)))).toBe(true);
  });

  it('gives nothing for an empty file', async () => {
    // Prepare
    const file = await fileOf('');

    // Act
    const texts = await chunksOf(file);

    // Assess
    expect(texts).toEqual([]);
  });
});
