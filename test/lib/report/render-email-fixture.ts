import { readFileSync } from 'node:fs';
import type { Message } from '#lib/domain/message';

/** A golden message file of test/fixtures/rules. */
export const golden = (name: string) =>
  readFileSync(
    new URL(`../../fixtures/rules/${name}`, import.meta.url),
    'utf8',
  );

/** The message as a reader sees it: subject, attributes, body. */
export const asText = (m: Message) =>
  `Id: ${m.id}\nSubject: ${m.subject}\nAttributes: ${JSON.stringify(m.attributes)}\n\n${m.body}`;
