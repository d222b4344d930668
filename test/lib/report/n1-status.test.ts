import { describe, expect, it } from 'vitest';
import { n1Text } from '#lib/report/describe';
import { renderGroupBlock } from '#lib/report/email-group-block';
import { n1Cell } from '#lib/report/index-cells';
import { n1Status, SINGLE_LINK } from '#lib/report/n1-status';
import { needSentence } from '#lib/report/need-sentence';
import { renderPartnerPages } from '#lib/report/render-report';
import {
  AS_OF,
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';

// A one-link bundle whose peak does not fit with its only link down: the
// evaluation says N-1 fails from today, which tells a reader nothing.
const single = {
  ...EVALUATIONS[2]!,
  memberLinks: 1,
  n1Ok: false,
  n1BreachDate: '2026-11-26',
};

describe('n1Status', () => {
  it('classifies single links, fits, fits until a date and failures', () => {
    // Prepare
    const e = { memberLinks: 3, n1Ok: true };
    const fails = { ...e, n1Ok: false };
    // Act / Assess
    expect(n1Status(single, AS_OF)).toEqual({ kind: 'single' });
    expect(n1Status(e, AS_OF)).toEqual({ kind: 'ok' });
    expect(n1Status({ ...e, n1BreachDate: '2027-01-04' }, AS_OF)).toEqual({
      kind: 'ok-until',
      date: '2027-01-04',
    });
    expect(n1Status(fails, AS_OF)).toEqual({ kind: 'fails' });
    expect(n1Status({ ...fails, n1BreachDate: AS_OF }, AS_OF)).toEqual({
      kind: 'fails',
    });
    expect(n1Status({ ...fails, n1BreachDate: '2027-01-04' }, AS_OF)).toEqual({
      kind: 'fails',
      from: '2027-01-04',
    });
  });

  it('classifies a peak that fits with the upper bound breached on or before the as-of date as ok today, not ok until that date', () => {
    // Prepare: the N-1 rule dates the upper bound's breach on the as-of
    // date when today's forecast does not fit and today's peak does
    const e = { memberLinks: 3, n1Ok: true };
    // Act / Assess
    expect(n1Status({ ...e, n1BreachDate: AS_OF }, AS_OF)).toEqual({
      kind: 'ok-today',
    });
    expect(n1Status({ ...e, n1BreachDate: '2026-11-20' }, AS_OF)).toEqual({
      kind: 'ok-today',
    });
  });

  it('reads "OK today; at risk now", not "fails from" the as-of date, on every page and in the email for a bundle whose peak fits and whose upper bound does not', () => {
    // Prepare: before, 'OK / fails from 2026-11-26' (overview and ISP
    // bundle table), 'fails from 2026-11-26' (ISP facts), 'ok today; no
    // longer from 2026-11-26 at the earliest' (email) and 'fits today;
    // not from 2026-11-26' (partner pack) on the run of 2026-11-26
    const e = { ...EVALUATIONS[1]!, n1Ok: true, n1BreachDate: AS_OF };
    const input = fixtureInput({
      evaluations: fixtureInput().evaluations.map((x) =>
        x.key === e.key ? e : x,
      ),
    });
    // Act
    const cell = n1Cell(e, AS_OF);
    const fact = n1Text(e, AS_OF);
    const email = renderGroupBlock(e, 1, AS_OF, 80).match(/N-1:.*/)![0];
    const partner = renderPartnerPages(input).find(
      (f) => f.path === 'partners/globex.html',
    )!.body;
    // Assess
    expect(cell).toBe('OK today<span class="sub">at risk now</span>');
    expect(fact).toBe('OK today; at risk now on the upper bound');
    expect(email).toMatch(/^N-1: +ok today; at risk now on the upper bound$/);
    expect(partner).toContain('<td>fits today; at risk now</td>');
    for (const text of [cell, fact, email, partner]) {
      expect(text).not.toContain(`from ${AS_OF}`);
    }
  });

  it('says "OK" beside a later breach date on the ISP page\'s facts, as its bundle table does', () => {
    // Prepare: before, the facts read 'fails from 2027-01-04', as a
    // failing bundle's would, beside the table's 'OK / fails from'
    const e = { ...EVALUATIONS[1]!, n1Ok: true, n1BreachDate: '2027-01-04' };
    // Act
    const cell = n1Cell(e, AS_OF);
    const fact = n1Text(e, AS_OF);
    // Assess
    expect(cell).toBe(
      'OK<span class="sub">fails from <span class="nowrap">2027-01-04</span></span>',
    );
    expect(fact).toBe('OK; fails from 2027-01-04 on the upper bound');
  });

  it('reads "fails now", not "fails from" the as-of date, for a bundle whose peak does not fit today', () => {
    // Prepare: the N-1 rule dates a peak that does not fit today on the
    // as-of date (before: 'fails from 2026-11-26' on the run of that day)
    const e = { ...EVALUATIONS[0]!, n1Ok: false, n1BreachDate: AS_OF };
    // Act
    const cell = n1Cell(e, AS_OF);
    const fact = n1Text(e, AS_OF);
    const sentence = needSentence(e, AS_OF);
    // Assess
    expect(cell).toBe(
      '<span class="bad">fails</span><span class="sub">now</span>',
    );
    expect(fact).toBe('fails now');
    expect(sentence).toMatch(/ N-1 fails now\.$/);
  });

  it('has a one-link bundle read "single link, no redundancy" on every page and in the email, never "fails"', () => {
    // Prepare
    const input = fixtureInput({
      evaluations: fixtureInput().evaluations.map((e) =>
        e.key === single.key ? single : e,
      ),
    });
    // Act
    const texts = [
      n1Cell(single, AS_OF),
      n1Text(single, AS_OF),
      renderGroupBlock(single, 1, '2026-11-26', 80).match(/N-1:.*/)![0],
    ];
    const partner = renderPartnerPages(input).find((f) =>
      f.body.includes(single.site),
    )!.body;
    // Assess
    for (const text of texts) {
      expect(text).toContain(SINGLE_LINK);
      expect(text).not.toMatch(/fails|NO:/);
    }
    expect(partner).toContain(SINGLE_LINK);
  });
});
