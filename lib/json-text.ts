import {
  type NumberNode,
  parse as parseTree,
  type ValueNode,
} from '@humanwhocodes/momoa';
import { DECIMAL_PROBLEMS, readDecimal } from './domain/decimal.ts';
import type { InputError, InputLocation } from './errors.ts';
import { jsonSyntaxError } from './json-syntax-error.ts';

/** Builds the error of one kind of input file (ConfigError, InputError). */
export type InputErrorOf = (
  file: string,
  problem: string,
  location?: InputLocation,
) => InputError;

/**
 * Parse the text of a JSON input file (the configuration, a scenario),
 * rejecting what JSON.parse lets through silently: a key given twice in
 * one object (the last one won: `"critical": 0.9, "critical": 0.95`
 * kept 0.95) and a number beyond the range of a double (`1e400` became
 * Infinity, `1e-400` 0). A byte order mark first is skipped.
 *
 * JSON.parse reads the value; momoa's syntax tree, which keeps each
 * key's line, finds the rest (JSON.parse gives no positions).
 *
 * @param text - the file's content
 * @param file - the file's name, for messages
 * @param error - makes the error of this kind of file
 * @returns the parsed value
 * @throws the error naming the file, and for a repeated key or a number
 *   out of range its line, key path (`thresholds.pni.critical`) and value;
 *   for a syntax error its line and column
 * @example
 * parseJsonText('{"a": 1, "a": 2}', 'c.json', (f, p, l) =>
 *   new ConfigError(f, p, l)); // throws: line 1: field 'a' …
 */
export function parseJsonText(
  text: string,
  file: string,
  error: InputErrorOf,
): unknown {
  // A file saved "UTF-8 with BOM" starts with U+FEFF, which JSON.parse
  // rejects and a message cannot show.
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw jsonSyntaxError(json, (e as Error).message, file, error);
  }
  let problem: Problem | undefined;
  try {
    problem = findProblem(parseTree(json, { mode: 'json' }).body, [], json);
  } catch (e) {
    // JSON.parse reads thousands of nested arrays; the tree's recursion
    // runs out of stack first. No configuration or scenario nests so.
    if (!(e instanceof RangeError)) throw e;
    throw error(file, 'nests arrays or objects too deeply to be read');
  }
  if (problem !== undefined) {
    throw error(file, problem.problem, problem.location);
  }
  return value;
}

interface Problem {
  readonly problem: string;
  readonly location: InputLocation;
}

/** The first repeated key or out-of-range number under `node`, in file order. */
function findProblem(
  node: ValueNode,
  path: readonly string[],
  text: string,
): Problem | undefined {
  if (node.type === 'Number') return outOfRange(node, path, text);
  if (node.type === 'Array') {
    for (const [k, element] of node.elements.entries()) {
      const found = findProblem(element.value, [...path, String(k)], text);
      if (found) return found;
    }
    return undefined;
  }
  if (node.type !== 'Object') return undefined;
  const lines = new Map<string, number>();
  for (const member of node.members) {
    // In JSON mode a key is always a string (identifiers are JSON5's).
    const key = member.name.type === 'String' ? member.name.value : '';
    const line = member.name.loc.start.line;
    const first = lines.get(key);
    if (first !== undefined) {
      return {
        problem:
          `is given twice, first on line ${first} (only the last would ` +
          'count, without a word: keep one)',
        location: { line, field: [...path, key].join('.') },
      };
    }
    lines.set(key, line);
    const found = findProblem(member.value, [...path, key], text);
    if (found) return found;
  }
  return undefined;
}

/** A number a double cannot hold: read as Infinity, or as 0 (`1e-400`). */
function outOfRange(
  node: NumberNode,
  path: readonly string[],
  text: string,
): Problem | undefined {
  const { value, loc } = node;
  if (Number.isFinite(value) && value !== 0) return undefined;
  const raw = text.slice(loc.start.offset, loc.end.offset);
  const read = readDecimal(raw);
  if (read.ok) return undefined;
  return {
    problem: `is ${DECIMAL_PROBLEMS[read.problem]}`,
    location: { line: loc.start.line, field: path.join('.'), value: raw },
  };
}
