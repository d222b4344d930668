import { describe, expect, it } from 'vitest';
import { type NotifyDeps, notify } from '#lib/pipeline/notify';
import { deps, useNotifyFixture } from './notify-fixture.ts';
import { PART_CASES, type PartCase } from './notify-parts-cases.ts';
import {
  BUNDLES,
  longBundles,
  toldPerAddress,
} from './notify-parts-fixture.ts';
import {
  acceptedBySns,
  killedAfter,
  notifier,
  snsRefusing,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

const run = (c: PartCase, with_: NotifyDeps, asOf: string) =>
  notify(with_, { asOf, evaluations: c.evaluations });

/** The run before the case's day, alerting its bundles, if any. */
async function runBefore(c: PartCase): Promise<void> {
  if (c.before === undefined) return;
  const [asOf, evaluations] = c.before;
  await notify({ ...deps, notifier }, { asOf, evaluations });
}

/** notify's deps with the SNS adapter. */
const withSns = () => ({ ...deps, notifier });

/**
 * Each bundle told to each address, and at most once unmarked: the
 * counts of the pairs told unmarked more than once, and of those never.
 */
function repeatsAndLosses(c: PartCase): [number, number] {
  const mine = acceptedBySns.filter((m) => m.subject.includes(c.subject));
  const unmarked = mine.filter((m) => !m.subject.includes('possible'));
  const told = toldPerAddress(mine);
  const twice = Object.values(toldPerAddress(unmarked)).filter((n) => n > 1);
  return [twice.length, BUNDLES - Object.keys(told).length];
}

describe('notify over SNS: a message in parts, killed', () => {
  // The day's steps: save, then each part published and saved; killed
  // once part 1 (step 2), or part 2 (step 4), is accepted, not saved
  it.each(
    PART_CASES.flatMap((c) => [2, 4].map((k) => [c.purpose, k, c] as const)),
  )('%s: repeats nothing unmarked, killed after step %i', async (_, k, c) => {
    // Prepare
    snsRefusing(() => false);
    await runBefore(c);
    const killed = run(c, killedAfter(c.stepsBefore + k), c.day);
    await expect(killed).rejects.toThrow('killed after step');

    // Act
    for (const day of c.next) await run(c, withSns(), day);

    // Assess
    expect(repeatsAndLosses(c)).toEqual([0, 0]);
  });

  // Part 2 refused on the day; the next day's retry: save, publish, save
  it.each(PART_CASES.map((c) => [c.purpose, c] as const))(
    '%s: repeats nothing unmarked, the retry of a refused part killed once accepted',
    async (_, c) => {
      // Prepare
      snsRefusing((input) => {
        const subject = input.Subject ?? '';
        return subject.includes(c.subject) && subject.includes('part 2/');
      });
      await runBefore(c);
      await run(c, withSns(), c.day);
      snsRefusing(() => false);
      const killed = run(c, killedAfter(2), c.next[0]);
      await expect(killed).rejects.toThrow('killed after step 2');

      // Act
      await run(c, withSns(), c.next[0]);
      await run(c, withSns(), c.next[1]);

      // Assess
      expect(repeatsAndLosses(c)).toEqual([0, 0]);
    },
  );

  it("keeps a digest's part refused after a kill marked until it is accepted", async () => {
    // Prepare: the digest's part 1 accepted, then killed before its save
    const c = PART_CASES.find((k) => k.purpose === 'digest')!;
    snsRefusing(() => false);
    const killed = run(c, killedAfter(c.stepsBefore + 2), c.day);
    await expect(killed).rejects.toThrow('killed after step');
    // The next day, a bundle newly at warning, listed first, shifts part
    // 1's last into part 2, which SNS refuses
    const site = `Urgent-${'x'.repeat(400)}`;
    const [first] = longBundles('warning');
    const urgent = { ...first!, key: `Acme/${site}/ix`, site };
    const refusing = (subject = '') =>
      subject.includes(c.subject) && subject.includes('part 2/');
    snsRefusing((input) => refusing(input.Subject));
    const evaluations = [urgent, ...c.evaluations];
    const [next, after] = c.next;
    await notify({ ...deps, notifier }, { asOf: next, evaluations });
    snsRefusing(() => false);

    // Act
    await notify({ ...deps, notifier }, { asOf: after, evaluations });

    // Assess: before, part 1's acceptance settled the killed run's send
    // for part 2 too, and one of its bundles was told twice unmarked
    expect(repeatsAndLosses(c)).toEqual([0, 0]);
  });
});
