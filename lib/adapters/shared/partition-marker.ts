import type {
  LakeTable,
  PartitionFile,
  PartitionMarker,
  PartitionWrite,
} from '#lib/ports/query-engine';

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
    ) &&
    (m.leftOut === undefined ||
      (Array.isArray(m.leftOut) &&
        m.leftOut.every((f) => typeof f === 'string'))) &&
    (m.read === undefined ||
      (Array.isArray(m.read) &&
        m.read.every(
          (f) => typeof f?.name === 'string' && typeof f?.bytes === 'number',
        )));
  return ok ? (m as PartitionMarker) : undefined;
}

/**
 * The marker fields of one day of a write: the traffic files it left out
 * as unreadable (none for a complete day, whose marker stays as it was
 * before the field) and, in `series_daily`'s marker only (the one
 * `planRollup` compares), the traffic files listed before it.
 *
 * @param request - the partitioned write
 * @param table - the table the marker is written in
 * @param dt - one of its days
 * @returns `{ leftOut, read }`, each when there is one, to spread into
 *   the marker
 * @example
 * dayMarkerFields({ leftOut: { '2026-01-01': ['traffic/x'] } },
 *   'series_daily', '2026-01-01'); // { leftOut: ['traffic/x'] }
 */
export function dayMarkerFields(
  request: Pick<PartitionWrite, 'leftOut' | 'read'>,
  table: LakeTable,
  dt: string,
): { leftOut?: readonly string[]; read?: readonly PartitionFile[] } {
  const files = request.leftOut?.[dt] ?? [];
  const read = table === 'series_daily' ? request.read?.[dt] : undefined;
  return {
    ...(files.length > 0 ? { leftOut: [...files].sort() } : {}),
    ...(read ? { read } : {}),
  };
}
