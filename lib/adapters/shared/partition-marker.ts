import type { PartitionMarker } from '#lib/ports/query-engine';

/** A partition's marker file; engines skip names starting with `_`. */
export const MARKER_FILE = '_SUCCESS';

/**
 * The marker's text: JSON, one object (see `PartitionMarker`).
 *
 * @param marker - what the write completed
 * @returns the file's content
 * @example
 * formatMarker({ dt: '2026-01-01', rows: 3, files: [], tag: 't',
 *   writtenAt: '2026-01-02T00:00:00Z' });
 */
export function formatMarker(marker: PartitionMarker): string {
  return `${JSON.stringify(marker)}\n`;
}

/**
 * Reads a marker; anything that is not a marker of this shape (an empty
 * `_SUCCESS` of an older version, a truncated file) is no marker.
 *
 * @param text - the file's content
 * @returns the marker, or undefined
 * @example
 * parseMarker('done\n'); // undefined
 */
export function parseMarker(text: string): PartitionMarker | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const m = value as Partial<PartitionMarker> | null;
  const ok =
    typeof m === 'object' &&
    m !== null &&
    typeof m.dt === 'string' &&
    typeof m.tag === 'string' &&
    typeof m.writtenAt === 'string' &&
    (m.rows === null || typeof m.rows === 'number') &&
    Array.isArray(m.files) &&
    m.files.every(
      (f) => typeof f?.name === 'string' && typeof f?.bytes === 'number',
    );
  return ok ? (m as PartitionMarker) : undefined;
}
