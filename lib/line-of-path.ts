import { parse as parseTree, type ValueNode } from '@humanwhocodes/momoa';

/**
 * The line of the key (or array element) at `path` in a JSON file's
 * text, if the file has one there.
 *
 * @param text - the file's content
 * @param path - the key path
 * @returns the line (1 for the first), or undefined
 * @example
 * lineOfPath('{\n"a": {"b": 1}}', ['a', 'b']); // 2
 */
export function lineOfPath(
  text: string,
  path: readonly PropertyKey[],
): number | undefined {
  let node: ValueNode = parseTree(text.replace(/^\uFEFF/, ''), {
    mode: 'json',
  }).body;
  let line: number | undefined;
  for (const key of path) {
    if (node.type === 'Array') {
      const element = node.elements[Number(key)];
      if (element === undefined) return line;
      node = element.value;
      line = node.loc.start.line;
    } else if (node.type === 'Object') {
      const member = node.members.findLast(
        (m) => m.name.type === 'String' && m.name.value === String(key),
      );
      if (member === undefined) return line;
      node = member.value;
      line = member.name.loc.start.line;
    } else {
      return line;
    }
  }
  return line;
}
