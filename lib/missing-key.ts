import { looseName } from './input-message.ts';
import { likelyName } from './likely-name.ts';
import { missingWords } from './schema-keys.ts';

/**
 * A discriminated union's key (`kind`) an object lacks, in the words of
 * any key missing (`missingWords`), naming the key written there for it
 * (`Kind`, `knd`): zod stops at the union's missing key before it names
 * the object's unknown keys, so it read "is missing" and no more.
 *
 * @param input - the object, as parsed
 * @param key - the key it lacks
 * @returns `is missing`, with the key written for it when one is near
 * @example
 * missingKey({ Kind: 'site-down' }, 'kind');
 * // "is missing ('Kind' is there: keys match exactly)"
 */
export function missingKey(input: unknown, key: string): string {
  const keys =
    input !== null && typeof input === 'object' ? Object.keys(input) : [];
  const others = keys.filter((k) => k !== key);
  const written =
    others.find((k) => looseName(k) === looseName(key)) ??
    likelyName(others, key);
  return missingWords(key, written === undefined ? [] : [written]);
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
