import { describe, expect, it } from 'vitest';
import { NOTIFICATION_STATE_KEY } from '#lib/pipeline/notification-state';
import {
  BUNDLES,
  day,
  FRESH,
  once,
  part2Refused,
  withCleared,
} from './notify-alert-parts-owed-fixture.ts';
import { deps, logErrors, useNotifyFixture } from './notify-fixture.ts';
import { toldPerAddress } from './notify-parts-fixture.ts';
import {
  acceptedBySns as accepted,
  snsRefusing as sns,
  useMockedSns,
} from './notify-sns-fixture.ts';

useNotifyFixture();
useMockedSns();

describe('notify: an alert in parts whose refused part cleared as another bundle is newly critical', () => {
  it("lists every bundle at risk in the ISP's next alert", async () => {
    // Prepare
    const refused = await part2Refused();
    const atRisk = [...BUNDLES.filter((g) => !refused.includes(g)), FRESH];

    // Act: on 11-26 part 2's bundles are ok, and FRESH critical
    const next = await day('2026-11-26', [...withCleared(refused), FRESH]);

    // Assess: before, 'Acme: 1 critical', the accepted parts' bundles,
    // still critical, left out (marked `inPart`)
    expect([refused.length, next[0]?.subject]).toEqual([
      151,
      `[Headroom] Acme: ${atRisk.length} critical — order by 2026-12-20 (part 1/${next.length})`,
    ]);
    expect(toldPerAddress(next)).toEqual(once(atRisk));
  });
});

describe('notify: an alert in parts whose refused part partly cleared', () => {
  it.each([
    ['alone', []],
    ['beside a bundle newly critical', [FRESH]],
  ])(
    "tells the rest of the refused part's bundles, %s, each once",
    async (_, others) => {
      // Prepare: part 2 refused on 11-25; on 11-26 half its bundles ok
      const refused = await part2Refused();
      const gone = refused.filter((_, i) => i % 2 === 0);
      const evaluations = withCleared(gone);

      // Act
      const next = await day('2026-11-26', [...evaluations, ...others]);
      await day('2026-11-27', [...evaluations, ...others]);

      // Assess: the next alert is the rest of the first, the accepted
      // parts' bundles left out; over the days, each bundle at risk once
      const owed = [...refused.filter((g) => !gone.includes(g)), ...others];
      expect(toldPerAddress(next)).toEqual(once(owed));
      const atRisk = [...BUNDLES.filter((g) => !gone.includes(g)), ...others];
      expect(toldPerAddress(accepted)).toEqual(once(atRisk));
    },
  );
});

describe('notify: the alert after a refused part cleared, its part holding a bundle newly critical refused', () => {
  it('tells the rest of it with the bundles told on the day before', async () => {
    // Prepare: part 2 refused on 11-25; on 11-26 its bundles are ok, and
    // the part of the next alert naming FRESH refused
    const refused = await part2Refused();
    const evaluations = [...withCleared(refused), FRESH];
    sns((input) => (input.Message ?? '').includes('S0600-'));
    const since = accepted.length;
    await day('2026-11-26', evaluations);
    sns(() => false);

    // Act
    await day('2026-11-27', evaluations);

    // Assess: since 11-26, each bundle at risk once; before, the rest
    // left out the refused part's bundles marked on 11-25 ('Acme: 1
    // critical')
    const atRisk = [...BUNDLES.filter((g) => !refused.includes(g)), FRESH];
    expect(toldPerAddress(accepted.slice(since))).toEqual(once(atRisk));
  });
});

describe('notify: an alert in parts refused, its state written before the owed groups had links', () => {
  it('reads the plain keys and lists every bundle at risk once they cleared', async () => {
    // Prepare: part 2 refused on 11-25, `alertsInPart` as the code before
    // links wrote it (plain keys)
    const refused = await part2Refused();
    const text = await deps.reports.get(NOTIFICATION_STATE_KEY);
    const state = JSON.parse(new TextDecoder().decode(text));
    const owed: { key: string }[] = state.alertsInPart.Acme;
    state.alertsInPart.Acme = owed.map(({ key }) => key);
    await deps.reports.put(NOTIFICATION_STATE_KEY, JSON.stringify(state));
    const errors = logErrors();

    // Act: on 11-26 part 2's bundles are ok, and FRESH critical
    const next = await day('2026-11-26', [...withCleared(refused), FRESH]);

    // Assess: the state read, no error; its keys make the alert a new one
    const atRisk = [...BUNDLES.filter((g) => !refused.includes(g)), FRESH];
    expect([owed.length, errors]).toEqual([refused.length, []]);
    expect(toldPerAddress(next)).toEqual(once(atRisk));
  });
});
