import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlText } from './html-text.ts';

/** A percentage with a space before its sign: '10 %', '+70 %/yr'. */
const SPACED = /[+−-]?\d+(?:\.\d+)? %/g;

/**
 * The percentages written '10 %' in every text file under a folder (the
 * pages as read, `htmlText`; emails, CSV and JSON as they are), each with
 * its file: the project writes '10%' (`formatPct`), as it writes '80.4%'.
 *
 * @param dir - a report store (`out/`), reports and outbox
 * @returns `file: … 10 % …` for each one found, none when all agree
 * @example
 * expect(await spacedPercents(out)).toEqual([]);
 */
export async function spacedPercents(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(html|txt|csv|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const found: string[] = [];
  for (const file of files) {
    const raw = await readFile(file, 'utf8');
    const text = file.endsWith('.html') ? htmlText(raw) : raw;
    for (const m of text.matchAll(SPACED)) {
      const at = m.index ?? 0;
      found.push(`${file}: …${text.slice(Math.max(0, at - 30), at + 20)}…`);
    }
  }
  return found;
}
