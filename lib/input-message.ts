import { foldAccents } from './domain/slug.ts';
import { escapeUnseen } from './escape-unseen.ts';

/** The most characters of input text an error message quotes. */
const MAX_QUOTED = 200;

/**
 * Input text as a message quotes it: at most 200 characters, `…` after
 * a cut, each character one would not see escaped (`escapeUnseen`: a
 * zero-width space as `\u200b`). A line of an input file may be a
 * megabyte long (a whole file with CR-only line ends read as one
 * header): the message quotes its start, not all of it.
 *
 * @param text - the text to quote
 * @returns the text, or its first 200 characters and `…`, escaped
 * @example
 * `series '${quoted(id)}': duplicate day`;
 */
export function quoted(text: string): string {
  return escapeUnseen(cut(text));
}

/**
 * A value as a message quotes it as JSON: `quoted`, in double quotes and
 * with JSON's escapes, so that a text reads apart from a number.
 *
 * @param value - the value to quote
 * @returns its JSON, a text cut at 200 characters, unseen ones escaped
 * @example
 * quotedJson('a\u200b'); // '"a\\u200b"'
 */
export function quotedJson(value: unknown): string {
  const shown = typeof value === 'string' ? cut(value) : value;
  return escapeUnseen(JSON.stringify(shown));
}

function cut(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  // Not through a character beyond U+FFFF (an emoji: two UTF-16 units),
  // whose first half showed as an escape, `\ud83d`.
  const high = text.charCodeAt(MAX_QUOTED - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? MAX_QUOTED - 1 : MAX_QUOTED;
  return `${text.slice(0, end)}…`;
}

/** Where in an input file a problem is. */
export interface InputLocation {
  readonly line?: number;
  readonly field?: string;
  readonly value?: unknown;
}

/**
 * An input error's message: the file, the line, the field, the problem
 * and the value (quoted, cut at 200 characters).
 *
 * @param file - the input file
 * @param problem - what is wrong
 * @param location - the line, field and value
 * @returns the message
 * @example
 * formatInputMessage('links.csv', 'must be a number', { line: 7,
 *   field: 'capacity_bps', value: 'ten' });
 * // "links.csv, line 7: field 'capacity_bps' must be a number (got \"ten\")"
 */
export function formatInputMessage(
  file: string,
  problem: string,
  { line, field, value }: InputLocation,
): string {
  const where = [file, line === undefined ? '' : `line ${line}`]
    .filter(Boolean)
    .join(', ');
  const what = field === undefined ? '' : ` field '${quoted(field)}'`;
  const got = value === undefined ? '' : ` (got ${quotedJson(value)})`;
  return `${where}:${what} ${problem}${got}`.replace(/: {2}/, ': ');
}

/**
 * A name as Headroom compares it loosely, to say which name a user meant:
 * lowercase, letters and digits only, accents folded as slugs fold them
 * (`Link ID`, `link-id` and `link_id` are one name; so are `Télécom` and
 * `Telecom`). A name with no letter or digit (`-`, `?`) is kept as it is,
 * so that two such names are not one. Names still match exactly; this
 * only finds the hint for one that did not (a column, a key, a region, an
 * ISP). See docs/architecture.md, "Data contracts".
 *
 * @param name - a name as written
 * @returns its loose form
 * @example
 * looseName(' Link-ID '); // 'linkid'
 */
export function looseName(name: string): string {
  const loose = foldAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return loose === '' ? name : loose;
}

/**
 * An owner as Headroom compares it loosely (`looseName`), except an
 * address (with `@`), compared in case only: `j.doe@` and `jdoe@` may be
 * two mailboxes.
 *
 * @param owner - an owner as written
 * @returns its loose form
 * @example
 * looseOwner('Peering Team'); // 'peeringteam'
 */
export function looseOwner(owner: string): string {
  return owner.includes('@') ? owner.toLowerCase() : looseName(owner);
}

/**
 * An identifier as Headroom compares it loosely: lowercase, spaces
 * dropped, accents encoded alike (`lhr1-pni-1`, `LHR1-PNI- 1`; `CHG-1`,
 * `chg-1`). Unlike
 * `looseName`, punctuation is kept: `pni-1` and `pni_1` may be two links,
 * `ORD-1-23` and `ORD-12-3` two orders.
 *
 * @param id - a link id or an augment's reference, as written
 * @returns its loose form
 * @example
 * looseId('CHG- 1'); // 'chg-1'
 */
export function looseId(id: string): string {
  // NFC: an accent written as a combining mark looks the same.
  return id.normalize('NFC').toLowerCase().replace(/ +/g, '');
}

/**
 * A name as a message shows it, `quoted`, and written as a JSON string
 * when it holds a character one would not see (a line break, a no-break
 * or zero-width space, escaped: `escapeUnseen`) or starts or ends with a
 * space, so that the name in the message is the one to look for
 * (`"dt=2026-12-07 "`, `"a1\u200b"`).
 *
 * @param name - a link id, a file or folder name
 * @returns the name as shown
 * @example
 * shownName('a1 '); // '"a1 "'
 */
export function shownName(name: string): string {
  return escapeUnseen(name) !== name || name !== name.trim()
    ? quotedJson(name)
    : quoted(name);
}
