import { describe, expect, it } from 'vitest';
import { needSentence } from '#lib/report/need-sentence';
import { AMS1_CACHE } from '../../fixtures/rules/email-evaluations.ts';

/** AMS1 at 78 % now, over warning, with 200 G to come on 2027-01-05. */
const PLANNED = {
  ...AMS1_CACHE,
  utilization: 0.78,
  plannedAugments: [
    {
      group: AMS1_CACHE.key,
      inServiceDate: '2027-01-05',
      addedBps: 200e9,
      reference: 'CHG-90428',
      lateByDays: 0,
      inService: false,
    },
  ],
};

describe('needSentence: a bundle kept below critical by a planned augment', () => {
  it('counts the planned augment in, where it said no augment was needed', () => {
    // Act
    const sentence = needSentence(PLANNED, '2026-12-06');

    // Assess: before, 'No augment needed within the horizon: …' beside
    // the augment it needs (sample: Boreal Backbone AMS1 transit)
    expect(sentence).toBe(
      'No further augment needed within the horizon, the planned +200 Gbps ' +
        'on 2027-01-05 (CHG-90428) counted: warning (70.0%) is reached ' +
        'already (78.0% now), but the forecast stays below critical (85.0%).',
    );
  });

  it('names each augment to come, not one in service already', () => {
    // Prepare: one in service since November (in the capacity), one to come
    const [soon] = PLANNED.plannedAugments;
    const e = {
      ...PLANNED,
      plannedAugments: [
        {
          ...soon!,
          inServiceDate: '2026-11-02',
          reference: 'CHG-1',
          inService: true,
        },
        soon!,
        {
          ...soon!,
          inServiceDate: '2027-03-01',
          addedBps: 100e9,
          reference: '',
        },
      ],
    };

    // Act
    const sentence = needSentence(e, '2026-12-06');

    // Assess
    expect(sentence).toMatch(
      /^No further augment needed within the horizon, the planned \+200 Gbps on 2027-01-05 \(CHG-90428\) and \+100 Gbps on 2027-03-01 counted: /,
    );
  });

  it('says no augment is needed where none is planned', () => {
    // Act
    const sentence = needSentence(
      { ...PLANNED, plannedAugments: [] },
      '2026-12-06',
    );

    // Assess
    expect(sentence).toMatch(/^No augment needed within the horizon: /);
  });
});
