/**
 * An ISP's ASNs as its page, its partner pack and the overview write
 * them: every one, ascending (`ispAsns`), for an ISP peering from several
 * (docs/architecture.md "Data contracts").
 *
 * @param asns - the ISP's ASNs, ascending
 * @returns the text, `AS64602, AS64603`; `no ASN` where none is at hand
 * @example
 * asnText([64602, 64603]); // 'AS64602, AS64603'
 */
export function asnText(asns: readonly number[]): string {
  if (asns.length === 0) return 'no ASN';
  return asns.map((asn) => `AS${asn}`).join(', ');
}

/**
 * An ISP's ASNs as `isps.csv`'s `asn` column holds them: the number where
 * it has one, as always; several separated by spaces (`64602 64603`), so
 * that the cell does not read as one ASN; empty where none is at hand.
 *
 * @param asns - the ISP's ASNs, ascending
 * @returns the cell
 * @example
 * asnCell([64602, 64603]); // '64602 64603'
 */
export function asnCell(asns: readonly number[]): number | string | null {
  if (asns.length === 0) return null;
  return asns.length === 1 ? asns[0]! : asns.join(' ');
}
