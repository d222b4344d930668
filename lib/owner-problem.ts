/** One e-mail address, as an owner may be: no space, comma, `;` or `<>`. */
const ADDRESS = /[^\s,;<>@]+@[^\s,;<>@]+/g;

/**
 * Why an owner (links.csv's `owner`, the configuration's `owners`) is not
 * one owner, or undefined. An owner with `@` is an address; messages are
 * filtered by owner exactly (docs/architecture.md "Messages carry every
 * owner"), so a list of addresses in one field (`a@x.com, b@y.com`) or an
 * address with a name (`Alice <a@x.com>`) went out with an owner no
 * subscription to any of its addresses matched, without a word. A name
 * without `@` is a team's, and may hold any of these (`Peering, EMEA`).
 *
 * @param owner - an owner as written, trimmed
 * @returns the problem, or undefined for one owner
 * @example
 * ownerProblem('a@example.com, b@example.com'); // 'holds 2 addresses: …'
 */
export function ownerProblem(owner: string): string | undefined {
  if (!owner.includes('@')) return undefined;
  const addresses = owner.match(ADDRESS) ?? [];
  if (addresses.length > 1) {
    return (
      `holds ${addresses.length} addresses: a group has one owner, the ` +
      'value its messages are filtered by, so no subscription to one of ' +
      'them would match; name one owner (a team whose subscription ' +
      'reaches both, or one address)'
    );
  }
  if (addresses.length === 1 && addresses[0] !== owner) {
    return (
      'is an address with more around it (a name, brackets or a ' +
      'separator): messages are filtered by owner exactly, so a ' +
      'subscription to the address would not match; write the address ' +
      `alone, ${addresses[0]}`
    );
  }
  return undefined;
}
