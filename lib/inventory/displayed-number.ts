import { readDecimal } from '#lib/domain/decimal';
import { fromFullwidth } from './fullwidth.ts';

/** Digits in groups of three: `100,000,000,000`, `1.000.000`, `1 000`. */
const GROUPED = {
  ',': /^\d{1,3}(,\d{3})+(\.\d+)?$/,
  '.': /^\d{1,3}(\.\d{3})+(,\d+)?$/,
  ' ': /^\d{1,3}([ '’]\d{3})+([.,]\d+)?$/,
} as const;
/** A decimal comma: `0,7`, `1,5E+11`. */
const DECIMAL_COMMA = /^\d*,\d+(e[+-]?\d+)?$/i;
/** One comma before three digits: thousands (1500) or decimals (1.5). */
const EITHER_WAY = /^\d{1,3},\d{3}$/;

/**
 * A number as a spreadsheet displays it, and the plain number it stands
 * for: with thousands separators (`"100,000,000,000"`, `100.000.000.000`,
 * `100 000 000 000`, `1'000`), a decimal comma (`"0,7"`, `"1,5E+11"`), a
 * currency sign (`$`, `€`, `£`), as a percentage (`70%`: a cell formatted
 * as one holds 0.7) or behind Excel's text apostrophe (`'100`). Never
 * read as such: the contract takes plain decimal notation only
 * (docs/architecture.md "Data contracts"); this names what to write.
 *
 * @param text - a field's trimmed text that is not a decimal number
 * @returns the hint after "must be …", e.g. `write 0.7 for 70%`, both
 *   readings of `1,500`, or undefined for any other text
 * @example
 * displayedNumberHint('"100,000,000,000"'.slice(1, -1));
 * // 'write 100000000000, without separators'
 * displayedNumberHint('1,500'); // 'write 1500 or 1.5: the comma …'
 */
export function displayedNumberHint(text: string): string | undefined {
  const ascii = fromFullwidth(text);
  if (ascii !== text) return fullwidthHint(ascii);
  const { sign, digits, percent } = displayedParts(text);
  if (EITHER_WAY.test(digits) && !percent) {
    const [whole, part] = digits.split(',');
    return (
      `write ${sign}${whole}${part} or ${Number(`${sign}${whole}.${part}`)}: the comma ` +
      'may separate thousands or decimals'
    );
  }
  const shown = displayedNumber(text);
  if (shown === undefined) return undefined;
  const reason = shown.why === '' ? '' : `, ${shown.why}`;
  return shown.percent === undefined
    ? `write ${shown.value}${reason}`
    : `write ${shown.value} for ${shown.percent}%${reason}`;
}

/**
 * The plain number a spreadsheet's display of one stands for, as
 * `displayedNumberHint` names it: `70%` is 0.7 (written 70%), `"0,7"`
 * 0.7, `"100,000"` 100000.
 *
 * @param text - a field's trimmed text in ASCII, not a decimal number
 * @returns the value, the percentage as written (for `70%`) and why the
 *   text is not that number (`without separators`; '' for nothing), or
 *   undefined for other text and for `1,500` (1500 or 1.5?)
 * @example
 * displayedNumber('85%'); // { value: 0.85, percent: '85', why: '' }
 */
export function displayedNumber(
  text: string,
): { value: number; percent?: string; why: string } | undefined {
  const { apostrophe, currency, percent, sign, digits } = displayedParts(text);
  if (EITHER_WAY.test(digits) && !percent) return undefined;
  const plain = plainDigits(digits);
  const read = plain && readDecimal(`${sign}${plain.digits}`);
  if (!plain || !read?.ok) return undefined;
  const why = [
    plain.why,
    currency ? 'without a currency sign' : '',
    apostrophe ? "without the leading '" : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!percent) return { value: read.value, why };
  const value = Number((read.value / 100).toPrecision(15));
  return { value, percent: `${sign}${digits}`, why };
}

/** A number's text without Excel's `'`, a currency sign and a `%`. */
function displayedParts(text: string) {
  const apostrophe = text.startsWith("'");
  const bare = text.replace(/^'/, '').replace(/^[$€£¥]\s*|\s*[$€£¥]$/g, '');
  const figure = bare.replace(/\s*%$/, '');
  const sign = /^[+-]/.test(figure) ? figure[0]! : '';
  return {
    apostrophe,
    currency: bare !== text.replace(/^'/, ''),
    percent: figure !== bare,
    sign,
    digits: figure.slice(sign.length),
  };
}

/**
 * Fullwidth digits (`１００`, typed with a Japanese or Chinese input
 * method) look like digits in the message: named, and read as ASCII
 * (`fromFullwidth`).
 */
function fullwidthHint(ascii: string): string | undefined {
  const read = readDecimal(ascii);
  const hint = read.ok ? `write ${read.value}` : displayedNumberHint(ascii);
  return hint && `${hint}, in ASCII digits (it has fullwidth ones)`;
}

/** The digits of a number grouped or with a decimal comma, in plain form. */
function plainDigits(text: string) {
  if (readDecimal(text).ok) return { digits: text, why: '' };
  if (GROUPED[','].test(text)) {
    return { digits: text.replaceAll(',', ''), why: 'without separators' };
  }
  const dots = GROUPED['.'].test(text);
  if (dots || GROUPED[' '].test(text)) {
    const digits = text.replace(dots ? /\./g : /[ '’]/g, '');
    const point = digits.includes(',') ? ', with a decimal point' : '';
    return {
      digits: digits.replace(',', '.'),
      why: `without separators${point}`,
    };
  }
  if (DECIMAL_COMMA.test(text)) {
    return { digits: text.replace(',', '.'), why: 'with a decimal point' };
  }
  return undefined;
}
