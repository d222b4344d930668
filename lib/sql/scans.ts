/**
 * How many times a SELECT reads `source` once Trino has inlined every
 * WITH query at each reference (Trino runs a WITH query again wherever it
 * is read: trinodb/trino#10). The text's WITH queries are found as
 * `name AS (` … `)` at any depth; a reference is `FROM name` or
 * `JOIN name`.
 *
 * @param sql - the SELECT
 * @param source - the relation whose reads are counted
 * @returns the reads of `source` by the main query
 * @example
 * scansOf('WITH a AS (SELECT * FROM t) SELECT * FROM a JOIN a b ON true', 't'); // 2
 */
export function scansOf(sql: string, source: string): number {
  const bodies = new Map<string, string>();
  for (const { name, body } of definitions(sql)) {
    bodies.set(name, withoutDefinitions(body));
  }
  const reads = (text: string, seen: readonly string[]): number => {
    let total = 0;
    for (const [, name] of text.matchAll(/\b(?:FROM|JOIN) (\w+)/g)) {
      if (name === source) total += 1;
      else if (bodies.has(name!) && !seen.includes(name!)) {
        total += reads(bodies.get(name!)!, [...seen, name!]);
      }
    }
    return total;
  };
  return reads(withoutDefinitions(sql), []);
}

/** Every `name AS ( … )` in the text, with its whole span. */
function definitions(text: string) {
  return [...text.matchAll(/(\w+) AS \(/g)].map((match) => {
    const open = match.index + match[0].length - 1;
    const close = closingParen(text, open);
    return {
      name: match[1]!,
      body: text.slice(open + 1, close),
      span: text.slice(match.index, close + 1),
    };
  });
}

/** The text without its WITH queries' definitions (at any depth). */
function withoutDefinitions(text: string): string {
  let rest = text;
  for (const { span } of definitions(text)) rest = rest.replace(span, '');
  return rest;
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    if (text[i] === ')') depth -= 1;
    if (depth === 0) return i;
  }
  throw new Error(`no closing parenthesis after ${open}`);
}
