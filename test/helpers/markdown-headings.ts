import { readFileSync } from 'node:fs';

/** One heading of a Markdown file. */
export interface MarkdownHeading {
  /** 1 for `#`, 2 for `##`, … */
  readonly level: number;
  readonly title: string;
}

/**
 * The headings of a Markdown file, in order, outside fenced code blocks
 * (where `# …` is a shell comment).
 *
 * @param path - the file
 * @returns each heading's level and title
 * @example
 * markdownHeadings('README.md')[0]; // { level: 1, title: 'Headroom' }
 */
export function markdownHeadings(path: string): MarkdownHeading[] {
  let fenced = false;
  const found: MarkdownHeading[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const match = fenced ? null : /^(#{1,6}) (.+)$/.exec(line);
    if (match) found.push({ level: match[1]!.length, title: match[2]!.trim() });
  }
  return found;
}
