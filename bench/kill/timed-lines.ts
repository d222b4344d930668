import type { Readable } from 'node:stream';

/** A line the run wrote on stderr, and when, in ms since it started. */
export interface TimedLine {
  readonly ms: number;
  readonly text: string;
}

/** A stream's lines so far, and what adds its last, unfinished one. */
export interface TimedLines {
  readonly lines: TimedLine[];
  /** Adds the text after the last line break, if any (at the end). */
  flush(): void;
}

/**
 * Collects `stream`'s lines as they arrive, each with the time `since`
 * gives when it is complete.
 *
 * @param stream - e.g. a child's stderr
 * @param since - the time now, in ms since the child started
 * @returns the lines, growing as they arrive, and `flush`
 * @example
 * const stderr = timedLines(child.stderr, since);
 */
export function timedLines(stream: Readable, since: () => number): TimedLines {
  const lines: TimedLine[] = [];
  let partial = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) lines.push({ ms: since(), text });
  });
  return {
    lines,
    flush: () => {
      if (partial) lines.push({ ms: since(), text: partial });
    },
  };
}
