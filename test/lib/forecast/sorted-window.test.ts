import { describe, expect, it } from 'vitest';
import { removeSorted, slideSorted } from '#lib/forecast/sorted-window';

/** A series of few distinct values (many ties), zeros of both signs among them. */
function tiedSeries(n: number): number[] {
  let s = 7;
  return Array.from({ length: n }, () => {
    s = (s * 48271) % 2147483647;
    const v = [-3, -1, -0, 0, 0.5, 2, 2, 9][s % 8]!;
    return s % 5 === 0 ? v * 1e3 : v;
  });
}

/** The slide as first written: the leaving value sought from the start. */
function slideFromStart(
  buf: Float64Array,
  n: number,
  out: number,
  inn: number,
) {
  let j = 0;
  while (j < n - 1 && buf[j] !== out) j += 1;
  for (; j > 0 && buf[j - 1]! > inn; j -= 1) buf[j] = buf[j - 1]!;
  for (; j < n - 1 && buf[j + 1]! < inn; j += 1) buf[j] = buf[j + 1]!;
  buf[j] = inn;
}

/** The bits of each value, so that −0 and 0 differ. */
const bits = (xs: ArrayLike<number>) =>
  Array.from(xs, (x) => (Object.is(x, -0) ? '-0' : String(x)));

describe('slideSorted', () => {
  it('keeps each window sorted, bit for bit as the scan from the start did', () => {
    const y = tiedSeries(600);
    for (const w of [5, 21, 28]) {
      const buf = Float64Array.from(y.slice(0, w)).sort();
      const ref = buf.slice();
      for (let start = 1; start + w <= y.length; start += 1) {
        slideSorted(buf, w, y[start - 1]!, y[start + w - 1]!);
        slideFromStart(ref, w, y[start - 1]!, y[start + w - 1]!);
        expect(bits(buf)).toEqual(bits(ref));
        const sorted = Float64Array.from(y.slice(start, start + w)).sort();
        expect(Array.from(buf, Math.abs)).toEqual(Array.from(sorted, Math.abs));
      }
    }
  });

  it('removes the first zero of a window, whatever its sign', () => {
    const buf = Float64Array.of(-1, -0, 0, -0, 3, 5);
    slideSorted(buf, 6, 0, 4);
    expect(bits(buf)).toEqual(['-1', '0', '-0', '3', '4', '5']);
    removeSorted(buf, 6, 5);
    expect(bits(buf.subarray(0, 5))).toEqual(['-1', '0', '-0', '3', '4']);
  });
});
