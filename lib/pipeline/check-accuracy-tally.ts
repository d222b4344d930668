import { SERIES_LEVELS } from '#lib/domain/vocabulary';
import { MAX_POINTS } from '#lib/report/accuracy-chart';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown) => typeof v === 'number';

/** What is wrong with one entry of a tally's sums, if anything. */
function sumsProblem(s: unknown): string | undefined {
  if (!isObject(s)) return 'is not an object';
  if (!SERIES_LEVELS.includes(s.level as never)) return 'has no series level';
  if (typeof s.key !== 'string' || typeof s.isp !== 'string') {
    return 'has no key or ISP';
  }
  if (!isCount(s.horizonDays) || !isCount(s.count) || s.count === 0) {
    return 'has no horizon or no count';
  }
  // Inside and above count only the points whose bounds were at the
  // decision level (`bounded`), at most the count.
  if (!isCount(s.bounded) || (s.bounded as number) > (s.count as number)) {
    return 'has a count at the decision level out of range';
  }
  if (!isCount(s.inside) || (s.inside as number) > (s.bounded as number)) {
    return 'has a count inside the interval out of range';
  }
  // Above the upper bound is outside the interval: with those inside, at
  // most the points at the decision level.
  if (
    !isCount(s.above) ||
    (s.above as number) + (s.inside as number) > (s.bounded as number)
  ) {
    return 'has a count above the interval out of range';
  }
  if (!isNumber(s.absErrorPct) || !isNumber(s.errorPct)) {
    return 'has no error sums';
  }
  return undefined;
}

/** Sums of an older Headroom's shard: a count inside, none of `field`. */
const without = (sums: unknown, field: string) =>
  Array.isArray(sums) &&
  sums.some((s) => isObject(s) && isCount(s.inside) && !(field in s));

/** What is wrong with one of a tally's chart rows, if anything. */
function chartRowProblem(r: unknown): string | undefined {
  if (!isObject(r)) return 'is not an object';
  const texts = ['level', 'key', 'isp', 'forecastAsOf', 'targetDate'];
  if (texts.some((k) => typeof r[k] !== 'string')) return 'lacks a text';
  const numbers = ['horizonDays', 'meanBps', 'lowerBps', 'upperBps'];
  if ([...numbers, 'actualBps'].some((k) => !isNumber(r[k]))) {
    return 'lacks a number';
  }
  return undefined;
}

/**
 * What is wrong with a shard result's `accuracy`, if anything: it must be
 * a tally (`AccuracyTally`: `sums`, one valid entry per series and
 * horizon, and `chart`, at most `MAX_POINTS` rows). A list of rows is the
 * shape a Headroom before the tallies wrote, sums with no count above
 * the upper bound that of one before that count, and sums with no count
 * of points at the decision level (`bounded`) that of one before it: the
 * shards and publish of the run ran different versions (a deployment
 * during a run).
 *
 * @param accuracy - the parsed `accuracy` field
 * @returns the problem, worded to follow the file's name, or undefined
 * @example
 * accuracyTallyProblem([]); // 'holds accuracy rows, the shape …'
 */
export function accuracyTallyProblem(accuracy: unknown): string | undefined {
  const older = olderShape(accuracy);
  if (older !== undefined) {
    return `${older}: the shards and publish ran different versions; run again`;
  }
  const problem = !isObject(accuracy)
    ? 'has no accuracy tally'
    : !Array.isArray(accuracy.sums) || !Array.isArray(accuracy.chart)
      ? 'has an accuracy tally without `sums` and `chart` lists'
      : accuracy.chart.length > MAX_POINTS
        ? `has ${accuracy.chart.length} chart rows, more than ${MAX_POINTS}`
        : (firstProblem('sums', accuracy.sums, sumsProblem) ??
          firstProblem('chart row', accuracy.chart, chartRowProblem));
  return problem === undefined
    ? undefined
    : `${problem}: it was replaced or edited after the shard ran; run again`;
}

/** What an older Headroom's shard sent, if the tally is of its shape. */
function olderShape(accuracy: unknown): string | undefined {
  const older = 'the shape a shard of an older Headroom wrote';
  if (Array.isArray(accuracy)) {
    return (
      `holds accuracy rows, ${older}, where this one expects sums per ` +
      "series and horizon and the chart's rows (`{ sums, chart }`)"
    );
  }
  if (!isObject(accuracy)) return undefined;
  if (without(accuracy.sums, 'above')) {
    return `holds accuracy sums without a count above the upper bound, ${older}`;
  }
  if (without(accuracy.sums, 'bounded')) {
    return (
      'holds accuracy sums without a count of points at the decision ' +
      `level, ${older} (it judged every past bound against today's level)`
    );
  }
  return undefined;
}

function firstProblem(
  what: string,
  entries: readonly unknown[],
  check: (entry: unknown) => string | undefined,
): string | undefined {
  for (const [i, entry] of entries.entries()) {
    const problem = check(entry);
    if (problem !== undefined)
      return `has accuracy ${what} ${i} that ${problem}`;
  }
  return undefined;
}
