import { looseName } from './input-message.ts';
import { likelyName } from './likely-name.ts';

/**
 * A key an object lacks, naming the key written there for it (`Kind` or
 * `knd` for `kind`), where it read "is missing" and no more: zod stops
 * at a discriminated union's missing key before it names unknown keys,
 * so the one typed otherwise went unsaid.
 *
 * @param input - the object, as parsed
 * @param key - the key it lacks
 * @returns `is missing`, with the key meant when one is near it
 * @example
 * missingKey({ Kind: 'site-down' }, 'kind');
 * // "is missing ('Kind' written for it: keys match exactly)"
 */
export function missingKey(input: unknown, key: string): string {
  const keys =
    input !== null && typeof input === 'object' ? Object.keys(input) : [];
  const others = keys.filter((k) => k !== key);
  const written =
    others.find((k) => looseName(k) === looseName(key)) ??
    likelyName(others, key);
  return written === undefined
    ? 'is missing'
    : `is missing ('${written}' written for it: keys match exactly)`;
}

/**
 * The value of a discriminated union's key (`kind`) in the object zod
 * read, as its issue carries them.
 *
 * @param issue - zod's issue: the input and the union's key
 * @returns the key's value, or undefined where there is none
 * @example
 * discriminator({ input: { kind: 'x' }, discriminator: 'kind' }); // 'x'
 */
export function discriminator(issue: {
  input?: unknown;
  discriminator?: unknown;
}) {
  const { input, discriminator: key } = issue;
  return typeof key === 'string' && input !== null && typeof input === 'object'
    ? (input as Record<string, unknown>)[key]
    : undefined;
}
