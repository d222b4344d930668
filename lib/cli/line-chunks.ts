import { createReadStream } from 'node:fs';

/**
 * The file's text a chunk at a time (one await per megabyte, not per
 * line), each ending after its last line feed: lines are `text[0..end)`.
 *
 * @param file - path of a UTF-8 text file
 * @returns the chunks in file order; the last one may lack a line feed
 * @example
 * for await (const { text, end } of lineChunks('in.csv')) text.slice(0, end);
 */
export async function* lineChunks(
  file: string,
): AsyncGenerator<{ text: string; end: number }> {
  let rest = '';
  const stream = createReadStream(file, {
    encoding: 'utf8',
    highWaterMark: 1 << 20,
  });
  for await (const chunk of stream) {
    const text = rest + (chunk as string);
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end > 0) yield { text, end };
  }
  if (rest !== '') yield { text: rest, end: rest.length };
}
