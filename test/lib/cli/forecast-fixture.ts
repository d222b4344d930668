/**
 * `days` rows `id,YYYY-MM-DD,y` of a series growing 100 % a year with a
 * ±10 % wave, from 2024-01-01 unless `from` (ms) is given.
 */
export function longCsv(id: string, days: number, from = Date.UTC(2024, 0, 1)) {
  return Array.from({ length: days }, (_, t) => {
    const ds = new Date(from + t * 86_400_000).toISOString().slice(0, 10);
    return `${id},${ds},${1e9 * (1 + t / 365) * (1 + 0.1 * Math.sin(t))}`;
  }).join('\n');
}
