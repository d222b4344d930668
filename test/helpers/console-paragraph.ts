/**
 * A paragraph of the console summary, its lines joined back into the one
 * line it was: the line that starts with `start` and the lines after it
 * indented by two spaces, which `wrapConsole` cut at a space.
 *
 * @param text - the summary, or its lines
 * @param start - how the paragraph starts ('Data quality', 'Data:')
 * @returns the paragraph on one line, or undefined where there is none
 * @example
 * consoleParagraph(formatRunSummary(run, 'index.html'), 'Data quality');
 */
export function consoleParagraph(
  text: string | readonly string[],
  start: string,
): string | undefined {
  const lines = typeof text === 'string' ? text.split('\n') : text;
  const at = lines.findIndex((l) => l.startsWith(start));
  if (at < 0) return undefined;
  const after = lines.slice(at + 1);
  const end = after.findIndex((l) => !l.startsWith('  '));
  const more = after.slice(0, end < 0 ? undefined : end);
  return [lines[at], ...more.map((l) => l.slice(2))].join(' ');
}
