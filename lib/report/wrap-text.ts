/**
 * The width a plain-text email's lines keep to: RFC 5322, section 2.1.1,
 * "SHOULD be no more than 78 characters", beyond which mail clients wrap
 * a line wherever it reaches their window's edge.
 */
export const EMAIL_WIDTH = 78;

/**
 * A line of prose cut at spaces into lines of at most `width` characters
 * (counted as code points: '×', '—' and '…' are one), the first starting
 * with `first`, the others with `rest`. A space beside '×' or '→', or
 * before a rate's unit or 'days', does not cut, so that '2 × 100 Gbps'
 * and '11 days' stay on one line; a word longer than a line (a link)
 * stays whole on a line of its own. Between its first and last word the
 * text's characters are kept, but for the space at each cut.
 *
 * @param text - the prose, on one line
 * @param first - the first line's indent
 * @param rest - the indent of the lines after it
 * @param width - the longest line ({@link EMAIL_WIDTH} by default)
 * @returns one line or more
 * @example
 * wrapText('expedite the planned +100 Gbps on 2027-04-02', '    ', '      ', 30);
 * // ['    expedite the planned', '      +100 Gbps on 2027-04-02']
 */
export function wrapText(
  text: string,
  first = '',
  rest = first,
  width = EMAIL_WIDTH,
): string[] {
  const words = text.split(KEEP_TOGETHER).filter((w) => w !== '');
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && length(line) + 1 + length(word) > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line = empty ? `${line}${word}` : `${line} ${word}`;
    empty = false;
  }
  return [...lines, line];
}

/**
 * The spaces that may cut: not beside '×' or '→', nor before 'Gbps' and
 * the like, nor before 'days' ('11 days', '6 days ago'), nor one of a
 * run of spaces, which is kept as written: a name or reference from the
 * inventory ('Acme  Telecom', 'CHG 4711  rev2') cut there came back
 * with one space, and no longer matched its file.
 */
const KEEP_TOGETHER = /(?<![×→ ]) (?![×→ ]|[kMGT]?bps\b|days?\b)/;

const length = (s: string) => [...s].length;
