import { readFileSync, writeFileSync } from 'node:fs';
import type { Message } from '#lib/domain/message';

/**
 * A golden message file of test/fixtures/rules; with `UPDATE_GOLDEN` set,
 * the actual text is written to it first (as the partner pack's golden).
 */
export const golden = (name: string, actual?: string) => {
  const file = new URL(`../../fixtures/rules/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN && actual !== undefined)
    writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
};

/** The message as a reader sees it: subject, attributes, body. */
export const asText = (m: Message) =>
  `Id: ${m.id}\nSubject: ${m.subject}\nAttributes: ${JSON.stringify(m.attributes)}\n\n${m.body}`;

/**
 * The lines of a digest's bundles, as a reader sees them: each title and
 * the figures beneath it, without the legend above them or the ISPs'
 * headings and links.
 */
export const bundleLinesOf = (text: string) =>
  text
    .slice(text.indexOf('\n    SEVERITY '))
    .split('\n')
    .slice(2)
    .filter((l) => l.startsWith('  '));
