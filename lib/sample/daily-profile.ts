/**
 * The shape of demand over a day. Pure; see `demand-model.ts` for the week,
 * the year and the trend.
 */

/** Five-minute samples in a day. */
export const SLOTS_PER_DAY = 288;

// Share of the evening peak by local hour, as (hour, share) pairs:
// residential networks peak around 21:00 and bottom out before dawn;
// business-heavy traffic is flatter.
// biome-ignore format: pairs read better on few lines
const EYEBALL_SHAPE = [
  0, 0.55, 2, 0.32, 4, 0.22, 6, 0.25, 8, 0.4, 10, 0.52, 12, 0.58, 14, 0.6,
  16, 0.65, 18, 0.78, 20, 0.95, 21, 1, 22, 0.93, 23, 0.75, 24, 0.55,
];
// biome-ignore format: pairs read better on few lines
const BUSINESS_SHAPE = [
  0, 0.45, 4, 0.33, 8, 0.6, 11, 0.85, 14, 0.9, 17, 0.85, 20, 0.95, 21, 1,
  22, 0.85, 24, 0.45,
];

/**
 * The daily profile by UTC slot, scaled so that its 95th percentile is 1:
 * a day's p95 peak is then the day's level (docs/architecture.md "Data contracts").
 *
 * @param eyeball - evening-peaking residential traffic
 * @param utcOffsetHours - the site's local time offset
 * @returns 288 factors, slot `s` being the interval that ends at s × 5 min
 * @example
 * dailyProfile(true, 1)[240]; // 20:00 UTC = 21:00 local, about 1.05
 */
export function dailyProfile(
  eyeball: boolean,
  utcOffsetHours: number,
): Float64Array {
  const shape = eyeball ? EYEBALL_SHAPE : BUSINESS_SHAPE;
  const profile = new Float64Array(SLOTS_PER_DAY);
  for (let s = 0; s < SLOTS_PER_DAY; s++) {
    const midHour = (s * 5 - 2.5) / 60 + utcOffsetHours;
    profile[s] = interpolate(shape, ((midHour % 24) + 24) % 24);
  }
  const sorted = [...profile].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(0.95 * SLOTS_PER_DAY) - 1]!;
  return profile.map((value) => value / p95);
}

/** Cosine interpolation between (hour, share) pairs: no corners. */
function interpolate(pairs: readonly number[], hour: number): number {
  for (let i = 2; i < pairs.length; i += 2) {
    const [h0, v0, h1, v1] = pairs.slice(i - 2, i + 2) as [
      number,
      number,
      number,
      number,
    ];
    if (hour <= h1) {
      const t = (1 - Math.cos((Math.PI * (hour - h0)) / (h1 - h0))) / 2;
      return v0 + (v1 - v0) * t;
    }
  }
  return pairs[pairs.length - 1]!;
}
