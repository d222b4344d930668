/** Fixed combinations of the engine's models, for `bench/accuracy-combos.ts`. */
import { medianPath } from '#lib/forecast/combine';
import { ALL_MODELS } from '#lib/forecast/index';
import { type Case, FAMILIES, type Family } from './data.ts';

/** How a combination joins its members' paths. */
export type Rule = 'mean' | 'median' | 'trim';
/** One fixed combination and its mean MASE per family. */
export interface Combo {
  readonly id: string;
  readonly rule: Rule;
  readonly family: Record<Family, number>;
}

export const mean = (xs: readonly number[]) =>
  xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean MASE per family of per-case scores. */
export function byFamily(cases: readonly Case[], scores: readonly number[]) {
  const out = {} as Record<Family, number>;
  for (const f of FAMILIES) {
    out[f] = mean(
      cases.flatMap((c, i) => (c.family === f ? [scores[i]!] : [])),
    );
  }
  return out;
}

/** The combined path of the members' test-day means under a rule. */
function combine(paths: readonly Float64Array[], rule: Rule): number[] {
  const steps = paths[0]!.length;
  const at = (t: number) => paths.map((p) => p[t]!);
  if (rule === 'median') return medianPath(paths.map((p) => [...p]));
  return Array.from({ length: steps }, (_, t) => {
    const values = at(t).sort((a, b) => a - b);
    return mean(rule === 'trim' ? values.slice(1, -1) : values);
  });
}

/** Every subset of 1–5 models under every rule that fits its size. */
export function allCombos(
  cases: readonly Case[],
  means: Float64Array[][],
): Combo[] {
  const names = ALL_MODELS.map((m) => m.name);
  const combos: Combo[] = [];
  for (let mask = 1; mask < 1 << names.length; mask += 1) {
    const members = names.flatMap((_, k) => (mask & (1 << k) ? [k] : []));
    if (members.length > 5) continue;
    for (const rule of ['mean', 'median', 'trim'] as const) {
      if (rule === 'median' && members.length < 3) continue;
      if (rule === 'trim' && members.length < 4) continue;
      const scores = cases.map((c, i) => {
        const path = combine(
          members.map((k) => means[k]![i]!),
          rule,
        );
        const y = Float64Array.from(c.test, ([, v]) => v);
        return mean(path.map((m, t) => Math.abs(y[t]! - m))) / c.scale;
      });
      const id = `${rule}(${members.map((k) => names[k]).join('+')})`;
      combos.push({ id, rule, family: byFamily(cases, scores) });
    }
  }
  return combos;
}
