import { wrapText } from '#lib/report/wrap-text';

/** The terminal's width the console summary keeps to. */
export const CONSOLE_WIDTH = 80;

/**
 * A line of the console summary's prose cut at spaces to the terminal's
 * 80 columns, the lines after the first indented by two spaces, so that
 * a terminal does not wrap it wherever it reaches the edge (`wrapText`:
 * '2 × 100 Gbps' stays whole, and so does a word longer than a line, a
 * path). A number stays with the word beside it: 'negative' at a line's
 * end and '2,345' at the next one's start read as two figures, '1' and
 * 'link not in the inventory' as a figure of the part before. Only a
 * word and a number are kept together, not a list's items: numeric link
 * ids ('4400012300, 4400012301, …') glued at their commas made a line
 * of 95 columns.
 *
 * @param text - the line, as one
 * @returns one line or more
 * @example
 * wrapConsole('Data quality: …; 3 inventory links with no traffic …');
 * // ['Data quality: …; 3 inventory links', '  with no traffic …']
 */
export function wrapConsole(text: string): string[] {
  const glued = text.replace(/(?<=\p{L}) (?=\d)|(?<=\d) (?=\p{L})/gu, GLUE);
  return wrapText(glued, '', '  ', CONSOLE_WIDTH).map((line) =>
    line.replaceAll(GLUE, ' '),
  );
}

/**
 * A space `wrapText` does not cut at, one column wide as the space it
 * stands for: no text the summary prints holds it (a link id with a
 * control character is printed as a JSON string).
 */
const GLUE = '\u0000';
