/**
 * The fictitious EMEA edge the sample describes: our sites (PoPs) and the
 * ISPs we interconnect with. Names are invented; ASNs are from the private
 * range (RFC 6996) so that nothing points at a real network.
 */

/** One of our edge sites, with the UTC offset its subscribers live in. */
export interface SampleSite {
  readonly code: string;
  readonly utcOffsetHours: number;
}

/** A partner network. */
export interface SampleIsp {
  readonly name: string;
  /** Short lower-case name used in link ids. */
  readonly slug: string;
  readonly asn: number;
  /** Eyeball networks peak in the evening and are busier at weekends. */
  readonly eyeball: boolean;
  /** Sites where this ISP meets us (the first is its home market). */
  readonly sites: readonly string[];
  /** Relative size: more and bigger groups for larger ISPs. */
  readonly size: number;
}

/** Our EMEA sites. */
export const SAMPLE_SITES: readonly SampleSite[] = [
  { code: 'LHR1', utcOffsetHours: 0 },
  { code: 'LHR2', utcOffsetHours: 0 },
  { code: 'FRA1', utcOffsetHours: 1 },
  { code: 'AMS1', utcOffsetHours: 1 },
  { code: 'MRS1', utcOffsetHours: 1 },
  { code: 'MAD1', utcOffsetHours: 1 },
  { code: 'MXP1', utcOffsetHours: 1 },
  { code: 'WAW1', utcOffsetHours: 1 },
  { code: 'DXB1', utcOffsetHours: 4 },
  { code: 'JNB1', utcOffsetHours: 2 },
];

/** The region every sample site belongs to. */
export const SAMPLE_REGION = 'EMEA';

const isp = (
  name: string,
  asn: number,
  sites: readonly string[],
  size: number,
  eyeball = true,
): SampleIsp => ({
  name,
  slug: name.toLowerCase().replace(/[^a-z0-9]+/g, ''),
  asn,
  eyeball,
  sites,
  size,
});

/** Twenty fictitious ISPs across the region's markets. */
export const SAMPLE_ISPS: readonly SampleIsp[] = [
  isp('Albion Broadband', 64601, ['LHR1', 'LHR2', 'AMS1'], 5),
  isp('Thames Fibre', 64602, ['LHR2', 'LHR1'], 2),
  isp('Rheinwelle Telekom', 64603, ['FRA1', 'AMS1', 'MXP1'], 5),
  isp('Bergnetz', 64604, ['FRA1'], 1),
  isp('Polder Fiber', 64605, ['AMS1', 'FRA1'], 3),
  isp('Gallia Telecom', 64606, ['MRS1', 'FRA1', 'MAD1'], 4),
  isp('Calanque Net', 64607, ['MRS1'], 1),
  isp('Meseta Comunicaciones', 64608, ['MAD1', 'MRS1'], 4),
  isp('Laguna Movil', 64609, ['MAD1'], 2),
  isp('Vesuvio Rete', 64610, ['MXP1', 'FRA1'], 3),
  isp('Vistula Net', 64611, ['WAW1', 'FRA1'], 3),
  isp('Baltyk Mobile', 64612, ['WAW1'], 1),
  isp('Falcon Gulf Telecom', 64613, ['DXB1', 'MRS1'], 3),
  isp('Oasis Digital', 64614, ['DXB1'], 1),
  isp('Highveld Fibre', 64615, ['JNB1', 'LHR1'], 2),
  isp('Karoo Mobile', 64616, ['JNB1'], 1),
  isp('Nordwave Telecom', 64617, ['AMS1', 'FRA1', 'LHR1'], 2),
  isp('Helvetic Link', 64618, ['MXP1', 'FRA1'], 1),
  isp('Meridian Transit', 64619, ['FRA1', 'LHR1', 'AMS1', 'MRS1'], 2, false),
  isp('Boreal Backbone', 64620, ['AMS1', 'WAW1', 'FRA1'], 1, false),
];

/**
 * A site by code.
 *
 * @param code - e.g. `LHR1`
 * @returns the site
 * @example
 * siteByCode('DXB1').utcOffsetHours; // 4
 */
export function siteByCode(code: string): SampleSite {
  const site = SAMPLE_SITES.find((s) => s.code === code);
  if (!site) throw new Error(`unknown sample site ${code}`);
  return site;
}
