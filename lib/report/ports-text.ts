import { formatBps } from './format.ts';

/**
 * An ask in words: its ports and their size, and the total beside them
 * when there are several (of one port, the total would repeat its size:
 * "+1 × 100 Gbps (100 Gbps)"); the total alone without ports.
 *
 * @param ports - how many ports (0: none of a known size)
 * @param portBps - the size of one
 * @param totalBps - the capacity they add
 * @returns e.g. '+2 × 100 Gbps (200 Gbps)', '+1 × 100 Gbps', '+60.0 Gbps'
 * @example
 * portsText(1, 100e9, 100e9); // '+1 × 100 Gbps'
 */
export function portsText(
  ports: number,
  portBps: number,
  totalBps: number,
): string {
  if (ports <= 0) return `+${formatBps(totalBps)}`;
  const each = `+${ports} × ${formatBps(portBps)}`;
  return ports === 1 ? each : `${each} (${formatBps(totalBps)})`;
}
