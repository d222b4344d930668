import { describe, expect, it } from 'vitest';
import { attributeNames } from '#lib/domain/message-attribute';
import { notifier, run, useNotifyFixture } from './notify-fixture.ts';
import { PART_CASES } from './notify-parts-cases.ts';
import { BUNDLES, byTimes, toldPerAddress } from './notify-parts-fixture.ts';

useNotifyFixture();

describe('notify: a message in parts, one part refused', () => {
  it.each(
    PART_CASES.flatMap((c) => [
      [c.purpose, 'the next day', c] as const,
      [c.purpose, 'a replay of the day', c] as const,
    ]),
  )(
    '%s: tells each bundle once per address, retried on %s',
    async (_, retry, c) => {
      // Prepare: part 2 refused
      if (c.before) await run(...c.before);
      notifier.refuse.add(c.refused);
      const first = await run(c.day, c.evaluations);
      notifier.refuse.clear();

      // Act: the retry, and the day after it
      const again = retry === 'the next day' ? c.next[0] : c.day;
      await run(again, c.evaluations);
      await run(c.next[1], c.evaluations);

      // Assess: before, the accepted parts' bundles went again, unmarked
      // on the next day (of 600: resolved 308, handover 321, not judged
      // 473, digest 535)
      const parts = first.filter((m) => m.includes(`/${c.purpose}/`));
      expect(parts).toHaveLength(c.accepted);
      const told = notifier.accepted
        .filter((m) => m.id.includes(`/${c.purpose}/`))
        .map((m) => ({
          body: m.body,
          owners: attributeNames(m.attributes.owner),
        }));
      // Bundle → address pairs by how many messages told them
      expect(byTimes(toldPerAddress(told))).toEqual({ 1: BUNDLES });
    },
  );
});
