import { describe, expect, it } from 'vitest';
import { ownerProblem } from '#lib/owner-problem';

describe('ownerProblem', () => {
  it.each([
    ['a team name with a comma', 'Peering, EMEA'],
    ['a team name with an at sign between words', 'Peering @ EMEA'],
    ['a distribution list address', 'noc+peering-emea@example.co.uk'],
    ['an address with an accented domain', 'noc@bücher.de'],
  ])('takes %s as one owner', (_, owner) => {
    // Act / Assess
    expect(ownerProblem(owner)).toBeUndefined();
  });

  it.each([
    ['Alice Doe <alice@example.com>', 'alice@example.com'],
    // As Outlook copies one recipient: no name, no brackets around it.
    ['alice@example.com;', 'alice@example.com'],
  ])('names what is around the address in %s', (owner, address) => {
    // Act
    const problem = ownerProblem(owner);

    // Assess: it said "a name or brackets" of a separator
    expect(problem).toBe(
      'is an address with more around it (a name, brackets or a ' +
        'separator): messages are filtered by owner exactly, so a ' +
        'subscription to the address would not match; write the address ' +
        `alone, ${address}`,
    );
  });
});
