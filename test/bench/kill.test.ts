import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KillAt } from '../../bench/kill/child-run.ts';
import { killStage } from '../../bench/kill/kill-stage.ts';
import { spreadKills } from '../../bench/kill/plan-kills.ts';
import { type KillBench, prepareKillBench } from '../../bench/kill/prepare.ts';
import { runRandomTrial } from '../../bench/kill/random-trial.ts';
import { killTargets } from '../../bench/kill/targets.ts';
import {
  type AimedResult,
  runAimedTrial,
  runTrial,
} from '../../bench/kill/trial.ts';

let root: string;
let bench: KillBench;
let spread: KillAt[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-kill-test-'));
  bench = await prepareKillBench(root, {
    links: 12,
    days: 60,
    seed: 3,
    end: '2026-05-31',
  });
  const { lines, ms } = bench.referenceRun;
  const ends = lines
    .filter((l) => / stage done /.test(l.text))
    .map((l) => l.ms);
  spread = spreadKills(ends, ms);
}, 120_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('headroom run killed with SIGKILL (README "Safe runs")', () => {
  it('loses nothing and sends nothing twice, wherever the kill lands', async () => {
    // Prepare: a kill in the middle of the uninterrupted run's rollup, one
    // in its shards and then in the rerun's rollup, and kills on the
    // changes that open three windows of a few milliseconds
    const aimed = killTargets(bench.asOf).filter((t) =>
      /dated folder|twin|notification state/.test(t.name),
    );
    const spreadTrials = [[spread[0]!], [spread[2]!, spread[0]!]];

    // Act
    const results = [];
    for (const trial of spreadTrials) {
      results.push(await runTrial(bench, trial));
    }
    const aimedResults: AimedResult[] = [];
    for (const target of aimed) {
      aimedResults.push(await runAimedTrial(bench, target.moments));
    }

    // Assess
    const failed = [...results, ...aimedResults].filter(
      (r) => r.problems.length > 0,
    );
    expect(failed).toEqual([]);
    expect(aimed).toHaveLength(3);
    const missed = aimed
      .filter((_, i) => aimedResults[i]!.kills.at(-1)!.stage === 'finished')
      .map((t) => t.name);
    expect(missed).toEqual([]);
  }, 360_000);
});

describe('runRandomTrial', () => {
  it('draws a kill that came after the run had finished again over that run', async () => {
    // Prepare: a window ten times the reference run, as a reference timed
    // on a busier minute gives, so that a kill at its middle comes late
    const window = bench.referenceRun.ms * 10;

    // Act
    const result = await runRandomTrial(bench, [0.5], window);

    // Assess: tried again over the missed run's own time, killed in it
    expect(result.problems).toEqual([]);
    expect(result.tries).toBeGreaterThan(1);
    expect(result.windowMs).toBeLessThan(window / 3);
    expect(result.kills[0]!.stage).not.toBe('finished');
  }, 180_000);
});

describe('killStage', () => {
  it('names the stage a kill landed in from the lines written before it', () => {
    // Prepare
    const lines = [
      { ms: 100, text: '[headroom] rollup progress done="31/58 days"' },
      { ms: 200, text: '[headroom] stage done stage=rollup seconds=0.6' },
      { ms: 300, text: '[headroom] stage done stage=plan seconds=0.2' },
      { ms: 400, text: '[headroom] stage done stage=shards seconds=0.5' },
      { ms: 500, text: '[headroom] report published folder=reports/x' },
      { ms: 600, text: '[headroom] outbox: [Headroom] weekly digest a' },
      { ms: 700, text: '[headroom] stage done stage=publish seconds=0.1' },
    ];

    const locked = { run: true, lake: false };

    // Act
    const stages = [50, 150, 250, 350, 450, 550, 650, 750].map((ms) =>
      killStage(lines, ms, locked),
    );
    const early = [
      killStage(lines, 50),
      killStage(lines, 50, { run: true, lake: true }),
    ];

    // Assess
    expect(early).toEqual(['start', 'rollup']);
    expect(stages).toEqual([
      'locked',
      'rollup',
      'plan',
      'shards',
      'publish',
      'notify (0 written)',
      'notify (1 written)',
      'cleanup',
    ]);
  });
});
