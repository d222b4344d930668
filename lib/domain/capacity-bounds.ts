/**
 * The smallest capacity, in bps, that the inventory accepts for a link
 * (`capacity_bps`), a port (`port_bps`) or an augment (`added_bps`):
 * 1 Mbps, below the slowest interconnect port in service (an E1 is
 * 2 Mbps). A smaller figure is a unit slip, a port speed typed in Gbps or
 * Mbps (100 for 100 Gbps), whose utilisation would read a billion times
 * too high.
 *
 * @example
 * bps >= MIN_CAPACITY_BPS;
 */
export const MIN_CAPACITY_BPS = 1e6;

/**
 * The largest capacity, in bps, that the inventory accepts for a link, a
 * port or an augment: 50 Tbps, above the largest link aggregates in
 * service (tens of 400–800 Gbps ports). A larger figure is zeros typed
 * too many (100 Gbps as 1000000000000000), whose utilisation would read
 * thousands of times too low: the link would never alert.
 *
 * @example
 * bps <= MAX_CAPACITY_BPS;
 */
export const MAX_CAPACITY_BPS = 5e13;

/**
 * SNMP `ifSpeed`'s ceiling, in bps: RFC 2863 holds `ifSpeed` at
 * 4294967295 for every interface faster than that (`ifHighSpeed`, in
 * Mbps, gives their speed). Never a link's capacity: a collector that
 * writes `ifSpeed` as `capacity_bps` gives a 100 Gbps link 4.29 Gbps.
 *
 * @example
 * bps !== IFSPEED_CEILING_BPS;
 */
export const IFSPEED_CEILING_BPS = 4294967295;
