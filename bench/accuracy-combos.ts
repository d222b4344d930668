/**
 * `npx tsx bench/accuracy-combos.ts`: how far fixed combinations of the
 * engine's models can go on the shared cases, in-sample and
 * leave-one-family-out (LOFO). Every subset of one to five of the
 * models (`ALL_MODELS`: 15 since the STL models), combined by the mean, the median (three or more)
 * or the trimmed mean without the extremes (four or more), is scored by
 * MASE per family; then each fold chooses the combination with the best
 * mean over its four families of log mean MASE (the objective of
 * `bench:accuracy`) and is scored on the fifth. Prints how many
 * combinations beat the best peer of PEERS.md on how many families
 * in-sample, and what LOFO chooses and scores, over all combinations and
 * per combining rule. The question: can a fixed pool, chosen
 * honestly, win four families? (docs/benchmarks.md, 2026-12-03.)
 */

import {
  ALL_MODELS,
  DEFAULT_SETTING,
  forecastSeries,
} from '#lib/forecast/index';
import { allCombos, byFamily, type Combo } from './accuracy/combos.ts';
import {
  type Case,
  cut,
  datasetsDir,
  FAMILIES,
  type Family,
  loadCases,
} from './accuracy/data.ts';
import { loadPeer, PEERS } from './accuracy/peers.ts';
import { scoreCase } from './accuracy/score.ts';

/** The best peer's mean MASE per family. */
function bestPeers(dir: string, cases: readonly Case[]) {
  const best = {} as Record<Family, number>;
  for (const p of PEERS) {
    const scores = loadPeer(dir, p, cases).map((s) => scoreCase(s).mase);
    const fam = byFamily(cases, scores);
    for (const f of FAMILIES) best[f] = Math.min(best[f] ?? Infinity, fam[f]);
  }
  return best;
}

/** LOFO over `combos`: each fold's choice and its held-out score. */
function lofo(combos: readonly Combo[], peers: Record<Family, number>) {
  const objective = (c: Combo, held: Family) =>
    FAMILIES.filter((f) => f !== held).reduce(
      (a, f) => a + Math.log(c.family[f]),
      0,
    );
  let wins = 0;
  for (const held of FAMILIES) {
    const pick = [...combos].sort(
      (a, b) => objective(a, held) - objective(b, held),
    )[0]!;
    const won = pick.family[held] < peers[held];
    wins += won ? 1 : 0;
    console.log(
      `  fold ${held.padEnd(7)} ${pick.id}: ${pick.family[held].toFixed(3)} (best peer ${peers[held].toFixed(3)}${won ? ', win' : ''})`,
    );
  }
  return wins;
}

function run(): void {
  const { dir, tried } = datasetsDir();
  if (dir === undefined) {
    console.log(`skipped: no cases in any of ${tried.join(', ')}`);
    return;
  }
  const cases = loadCases(dir);
  const means = ALL_MODELS.map((m) =>
    cases.map(
      (c) =>
        cut(
          c,
          forecastSeries(c.train, {
            horizon: 90,
            levels: [80, 95],
            season: 7,
            setting: DEFAULT_SETTING,
            candidates: [m],
          }),
        ).mean,
    ),
  );
  const combos = allCombos(cases, means);
  const peers = bestPeers(dir, cases);
  const wins = (c: Combo) => FAMILIES.filter((f) => c.family[f] < peers[f]);
  const count = [0, 1, 2, 3, 4, 5].map(
    (n) => combos.filter((c) => wins(c).length === n).length,
  );
  console.log(
    `${combos.length} fixed combinations of ${ALL_MODELS.length} models on ${cases.length} cases; in-sample, combinations beating the best peer on 0–5 families: ${count.join(' / ')}`,
  );
  console.log(`LOFO over all ${combos.length}:`);
  console.log(`  families won: ${lofo(combos, peers)} of 5`);
  for (const rule of ['mean', 'median', 'trim'] as const) {
    const subset = combos.filter((c) => c.rule === rule);
    console.log(`LOFO over the ${subset.length} ${rule} combinations:`);
    console.log(`  families won: ${lofo(subset, peers)} of 5`);
  }
}

run();
