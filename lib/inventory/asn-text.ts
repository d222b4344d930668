/** The largest AS number: AS numbers are 32 bits (RFC 6793). */
export const MAX_ASN = 4_294_967_295;

/**
 * What to write for an `asn` written as routers, registries and looking
 * glasses show one: with its `AS` prefix (`AS64500`, `as 64500`), or in
 * asdot notation after it (`AS1.10`, RFC 5396: the high and the low 16
 * bits). links.csv takes the number alone, in digits (asplain), and the
 * message only said "must be a whole number". A plain `1.10` is not read
 * as asdot: a spreadsheet's `64500.0` would read as another AS.
 *
 * @param text - the field as written, trimmed
 * @returns the problem, with the number to write; undefined for text
 *   without the prefix, or beyond 32 bits
 * @example
 * asnTextProblem('AS1.10');
 * // 'must be the AS number in digits alone: AS1.10 is asdot (RFC 5396) for 65546; write 65546'
 */
export function asnTextProblem(text: string): string | undefined {
  const written = /^AS\s*(\d+)(?:\.(\d+))?$/i.exec(text);
  if (written === null) return undefined;
  const must = 'must be the AS number in digits alone';
  const [, high, low] = written;
  // Out of range either way: the range's message says what fits.
  if (low === undefined) {
    return Number(high) <= MAX_ASN
      ? `${must}: write ${Number(high)}`
      : undefined;
  }
  if (Number(high) > 65_535 || Number(low) > 65_535) return undefined;
  const asplain = Number(high) * 65_536 + Number(low);
  return `${must}: ${text} is asdot (RFC 5396) for ${asplain}; write ${asplain}`;
}

/**
 * What is wrong with an AS number no ISP can have: AS 0 (RFC 7607: never
 * in BGP; a spreadsheet writes an empty number cell as 0), AS_TRANS 23456
 * (RFC 6793: a router that knows only 2-byte AS numbers shows it for
 * every 4-byte one, so a links.csv filled from one gives each such ISP
 * 23456), and the last of the 16- and 32-bit ranges, 65535 and
 * 4294967295 (RFC 7300). Read as any other, it was each ISP's ASN on its
 * page and partner pack, and two ISPs sharing it were named as one ISP
 * written two ways (`sharedAsns`).
 *
 * @param asn - an AS number within 32 bits
 * @returns the problem, or undefined for an AS number an ISP may have
 * @example
 * reservedAsnProblem(23456); // 'is AS_TRANS (RFC 6793), …'
 */
export function reservedAsnProblem(asn: number): string | undefined {
  const write = "write the ISP's own AS number";
  if (asn === 0) {
    return `is AS 0, which no network has (RFC 7607): an empty cell saved as 0? ${write}`;
  }
  if (asn === 23_456) {
    return (
      'is AS_TRANS (RFC 6793), which a router that knows only 2-byte AS ' +
      `numbers shows for every 4-byte one: ${write} (as PeeringDB gives it)`
    );
  }
  if (asn === 65_535 || asn === MAX_ASN) {
    return `is reserved (RFC 7300), no network's: ${write}`;
  }
  return undefined;
}
