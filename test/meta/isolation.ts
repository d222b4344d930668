import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What a test file does that would leak into the next file run in the same
 * process: module mocks, spies, fake timers, a client's `send` stubbed,
 * the process's environment, handlers or exit code changed.
 */
const SHARED_STATE =
  /\bvi\.(?:mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers|setSystemTime)\(|\bmockClient\(|\bprocess\.(?:env|on|once|chdir|exitCode|umask)\b|\bglobalThis\b/;

/**
 * Folders whose tests run in a process of their own whatever they import:
 * the Lambda handlers (environment read at cold start), the AWS adapters
 * and wiring (clients stubbed).
 */
const ISOLATED_FOLDERS = [
  'test/functions/',
  'test/lib/adapters/aws/',
  'test/lib/wiring/',
];

/** A relative import or re-export in a TypeScript file. */
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/**
 * The test files that need a process of their own (vitest's `isolate`),
 * as paths from `root`: those in `ISOLATED_FOLDERS`, and those that, or
 * whose local helpers (followed through relative imports), touch state
 * shared by the whole process (`SHARED_STATE`). The others run one after
 * another in the same worker, their modules loaded once: the suite took
 * about a fifth less time so (docs/architecture.md "Tests").
 *
 * @param root - the repository's root
 * @returns paths such as `test/functions/rollup.test.ts`, sorted
 * @example
 * isolatedTestFiles(process.cwd()).includes('test/lib/cli/sample.test.ts');
 * // true
 */
export function isolatedTestFiles(root: string): string[] {
  const touches = new Map<string, boolean>();
  return testFiles(join(root, 'test'))
    .filter((file) => {
      const path = relative(root, file);
      return (
        ISOLATED_FOLDERS.some((folder) => path.startsWith(folder)) ||
        touchesShared(file, touches)
      );
    })
    .map((file) => relative(root, file))
    .sort();
}

/** Whether a file or a local file it imports matches `SHARED_STATE`. */
function touchesShared(file: string, seen: Map<string, boolean>): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false);
  const text = readFileSync(file, 'utf8');
  const answer =
    SHARED_STATE.test(text) ||
    [...text.matchAll(RELATIVE_IMPORT)].some(([, spec]) => {
      const target = resolve(dirname(file), spec!);
      return existsSync(target) && touchesShared(target, seen);
    });
  seen.set(file, answer);
  return answer;
}

/** Every `*.test.ts` file under `dir`. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
