/**
 * An ASN links.csv writes for two ISP names or more (`Helvetic Link` and
 * `Helvetic Link, AG`): each name is an ISP of its own, with its page,
 * emails and totals. Most often a typo; an ASN shared after an
 * acquisition, two contracts still running, is not, so the run goes on
 * and the data-quality report says so (docs/architecture.md "Data
 * contracts").
 *
 * @example
 * const s: SharedAsn = { asn: 64602, isps: [{ isp: 'Helvetic Link',
 *   line: 2 }, { isp: 'Helvetic Link, AG', line: 5 }] };
 */
export interface SharedAsn {
  readonly asn: number;
  /** Its ISP names, in file order, each with its first line of this ASN. */
  readonly isps: readonly { readonly isp: string; readonly line: number }[];
}

/** What the data-quality report says of links.csv's own figures. */
export interface InventoryQuality {
  /** ASNs written for two ISP names or more, ascending. Absent when none. */
  readonly sharedAsns?: readonly SharedAsn[];
}
