import { compareCodePoints } from './code-point-order.ts';

/**
 * English collation, fixed here rather than taken from the machine: a bare
 * `localeCompare` follows the process's default locale (Node reads
 * `LC_ALL`/`LANG` once at start), so a laptop set to Swedish put 'Ärzte'
 * after 'Zeta' where the Lambda put it before. `numeric` reads runs of
 * digits as numbers ('link-2' before 'link-10'); `variant` tells accents
 * and case apart.
 */
const NAMES = new Intl.Collator('en', {
  numeric: true,
  sensitivity: 'variant',
});

/**
 * Compares two names shown to people (ISPs, group keys, link ids, sites,
 * owners) in the order people read them, the same on every machine: English
 * collation with numbers read as numbers, then, for names the collation
 * calls equal though their text differs ('link-02' and 'link-2', a
 * composed and a decomposed 'Ä', a zero-width space), code point order, so
 * that the order is total and equal inputs give equal bytes whatever order
 * they came in. Order that is a contract (shards, stored keys, manifest
 * paths) is `compareCodePoints` instead (architecture "Determinism").
 *
 * @param a - a name
 * @param b - another name
 * @returns negative when `a` comes first, positive when `b` does, 0 only
 *   when they are the same string
 * @example
 * ['Zeta', 'link-10', 'Ärzte', 'link-2', 'arzte'].sort(compareNames);
 * // ['arzte', 'Ärzte', 'link-2', 'link-10', 'Zeta']
 */
export function compareNames(a: string, b: string): number {
  return NAMES.compare(a, b) || compareCodePoints(a, b);
}
