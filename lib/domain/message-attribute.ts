import { compareNames } from './name-order.ts';

/**
 * The value of a message attribute naming ISPs, regions or owners: one
 * name as a string, or several, distinct and sorted (`compareNames`), as
 * an array of two or more. Never an array of one, so that a message for
 * one owner reads as it always did. Empty (`''`) when none is known.
 */
export type AttributeValue = string | readonly string[];

/**
 * The attribute value of a set of names: the one name, or all of them,
 * distinct and sorted, where a message spans several ISPs, regions or
 * owners. A subscription filtering on any one of them then receives the
 * message (SNS matches a `String.Array` attribute when one of its
 * elements matches: docs/architecture.md "Messages carry every owner").
 *
 * @param names - the names, in any order, repeated or not
 * @returns the single name, `''` for none, or the sorted array
 * @example
 * attributeValue(['noc', 'emea-peering', 'noc']); // ['emea-peering', 'noc']
 * attributeValue(['Acme', 'Acme']); // 'Acme'
 */
export function attributeValue(names: Iterable<string>): AttributeValue {
  const distinct = [...new Set(names)].sort(compareNames);
  if (distinct.length <= 1) return distinct[0] ?? '';
  return distinct;
}

/**
 * The names an attribute value holds, as a list.
 *
 * @param value - an attribute value
 * @returns its names (none for `''`)
 * @example
 * attributeNames('Acme'); // ['Acme']
 */
export function attributeNames(value: AttributeValue): readonly string[] {
  if (typeof value !== 'string') return value;
  return value === '' ? [] : [value];
}

/** An attribute as SNS carries it. */
export interface WireAttribute {
  readonly dataType: 'String' | 'String.Array';
  readonly value: string;
}

/**
 * The attribute as SNS carries it: one name as a `String`, several as a
 * `String.Array` whose value is their JSON array (SNS requires valid JSON
 * there). An empty name is sent as `-`: SNS refuses an empty value.
 *
 * @param value - an attribute value
 * @returns its data type and text
 * @example
 * wireAttribute(['emea-peering', 'noc']);
 * // { dataType: 'String.Array', value: '["emea-peering","noc"]' }
 */
export function wireAttribute(value: AttributeValue): WireAttribute {
  if (typeof value === 'string') {
    return { dataType: 'String', value: value || '-' };
  }
  return {
    dataType: 'String.Array',
    value: JSON.stringify(value.map((name) => name || '-')),
  };
}

/**
 * The bytes a message's attributes add to its size as SNS counts it:
 * every attribute's name, data type and value (UTF-8), all within the
 * 256 KiB a message may have.
 *
 * @param attributes - the message's attributes
 * @returns their size in bytes
 * @example
 * attributeBytes({ owner: 'noc' }); // 5 + 6 + 3 = 14
 */
export function attributeBytes<Name extends string>(
  attributes: Readonly<Record<Name, AttributeValue>>,
): number {
  let total = 0;
  for (const [name, value] of Object.entries<AttributeValue>(attributes)) {
    const wire = wireAttribute(value);
    total +=
      Buffer.byteLength(name) +
      Buffer.byteLength(wire.dataType) +
      Buffer.byteLength(wire.value);
  }
  return total;
}
