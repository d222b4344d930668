import { formatBps } from './format.ts';

/**
 * A member link's size in its bundle's ports, as the ISP page and the
 * partner pack write it: whole ports of the bundle's size, or the link's
 * own capacity when it is not a whole number of them (the bundle's port
 * size is its largest link's).
 *
 * @param capacityBps - the link's capacity
 * @param portBps - the bundle's port size
 * @returns e.g. '2 × 100 Gbps', '10.0 Gbps'
 * @example
 * linkPorts(200e9, 100e9); // '2 × 100 Gbps'
 * linkPorts(10e9, 100e9); // '10.0 Gbps'
 */
export function linkPorts(capacityBps: number, portBps: number): string {
  const n = portBps > 0 ? capacityBps / portBps : 0;
  return Number.isInteger(n) && n > 0
    ? `${n} × ${formatBps(portBps)}`
    : formatBps(capacityBps);
}
