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
 * A group's name on the console, within its 80 columns: cut at spaces
 * (`wrapText`), the lines after the first indented two more than it,
 * and a word still too long for a line (an ISP's name written without
 * spaces) cut after a '/' or '-' where one falls on the line, else at
 * its last column. Every character of the name is kept, in order: a
 * name is not shortened ('…'), which could make two names read the
 * same, and the report lists it whole. On one line, a name over 78
 * characters ran past the terminal, which wrapped it at its edge into
 * the figures' column.
 *
 * @param name - the group's name, as in the report
 * @param indent - the first line's indent
 * @returns one line or more
 * @example
 * wrapName('Very Long … Holdings Ltd/LHR1/pni', '  ');
 * // ['  Very Long … Holdings', '    Ltd/LHR1/pni']
 */
export function wrapName(name: string, indent: string): string[] {
  const rest = `${indent}  `;
  return wrapText(name, indent, rest, CONSOLE_WIDTH).flatMap((line, i) =>
    cutLong(line, i === 0 ? indent : rest, rest),
  );
}

/**
 * A line past the width cut after the last '/' or '-' of its second
 * half (a cut nearer its start left a line of a few characters), else
 * at its last column, the lines after it indented `rest`.
 */
function cutLong(line: string, indent: string, rest: string): string[] {
  const lines: string[] = [];
  let chars = [...line];
  let start = indent.length;
  while (chars.length > CONSOLE_WIDTH) {
    let cut = CONSOLE_WIDTH;
    for (let i = CONSOLE_WIDTH - 1; i > (start + CONSOLE_WIDTH) / 2; i--) {
      if (chars[i] === '/' || chars[i] === '-') {
        cut = i + 1;
        break;
      }
    }
    lines.push(chars.slice(0, cut).join(''));
    chars = [...rest, ...chars.slice(cut)];
    start = rest.length;
  }
  return [...lines, chars.join('')];
}

/**
 * A space `wrapText` does not cut at, one column wide as the space it
 * stands for: no text the summary prints holds it (a link id with a
 * control character is printed as a JSON string).
 */
const GLUE = '\u0000';
