import type { Message } from '#lib/domain/message';
import { toMessages } from './email-message.ts';
import type { MessagePart } from './email-parts.ts';

/**
 * A message's parts and, per part, the keys of the groups its blocks
 * tell of: the state records a part's groups as soon as it is accepted
 * (docs/architecture.md "A message in parts").
 */
export interface PartedMessage {
  readonly messages: Message[];
  /** Per message, its groups' keys, each once. */
  readonly groups: string[][];
}

/**
 * `toMessages`, with each part's group keys beside its message.
 *
 * @param spec - id parts and subject, as `toMessages` takes them
 * @param parts - the parts (`packParts`), their groups keyed
 * @returns the messages and, per message, its group keys
 * @example
 * toPartedMessage({ asOf, purpose: 'resolved', unit: 'Acme', subject }, parts)
 *   .groups[1]; // the keys told in part 2
 */
export function toPartedMessage(
  spec: Parameters<typeof toMessages>[0],
  parts: readonly MessagePart<{ readonly key: string }>[],
): PartedMessage {
  return {
    messages: toMessages(spec, parts),
    // A group with several owners is in a part once per owner.
    groups: parts.map((part) => [
      ...new Set((part.groups ?? []).map((g) => g.key)),
    ]),
  };
}
