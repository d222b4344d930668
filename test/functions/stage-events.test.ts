import { describe, expect, it } from 'vitest';
import { handler as plan } from '../../functions/plan.ts';
import { handler as rollup } from '../../functions/rollup.ts';
import { lambdaContext } from './lambda-env.ts';

const context = lambdaContext('headroom-test-stage', 60_000);

const NOT_A_DATE = 'must be a date YYYY-MM-DD';
const OUT_OF_RANGE = 'is out of range: dates run from 1970-01-01 to 9899-12-31';

describe('the stage Lambdas refuse an as-of date that is no input day', () => {
  it.each([
    ['2026-02-30', `${NOT_A_DATE}: February 2026 has days 01 to 28`],
    ['2026-13-01', `${NOT_A_DATE}: there is no month 13 (01 to 12)`],
    ['0001-01-01', OUT_OF_RANGE],
    ['9999-12-31', OUT_OF_RANGE],
  ])('plan and rollup name asOf %s', async (asOf, problem) => {
    // Prepare: no AWS environment, so anything past the event would fail
    const message = `event: field 'asOf' ${problem} (got "${asOf}")`;
    // Act
    const planned = plan({ asOf }, context);
    const rolled = rollup({ asOf }, context);
    // Assess
    await expect(planned).rejects.toThrow(message);
    await expect(rolled).rejects.toThrow(message);
  });

  it('names the day of a manual rollup that is no input day, by its place', async () => {
    // Act
    const rolled = rollup(
      { asOf: '2026-03-01', days: ['2026-02-27', '2026-02-29'] },
      context,
    );
    // Assess
    await expect(rolled).rejects.toThrow(
      `event: field 'days.1' ${NOT_A_DATE}: February 2026 has days 01 to 28 (got "2026-02-29")`,
    );
  });
});

describe('the stage Lambdas name a field missing from the event', () => {
  it('names it, and the key given in another case', async () => {
    // Act: `asof` typed for `asOf`
    const planned = plan({ asof: '2026-12-05' }, context);
    // Assess: zod's "Invalid input: expected string, received undefined"
    await expect(planned).rejects.toThrow(
      "event: field 'asOf' is missing ('asof' is there: keys match exactly)",
    );
  });
});
