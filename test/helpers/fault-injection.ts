import { createHash } from 'node:crypto';
import type { Message, PublishOutcome } from '#lib/domain/message';
import type { Notifier } from '#lib/ports/notifier';
import type { ObjectStore } from '#lib/ports/object-store';

/**
 * Counts a run's side effects (store writes and deletes, notifier
 * publishes) and "kills" the run after the k-th: every later one throws,
 * as if the process had died there. Reads still work, like a dying
 * process's last reads that change nothing.
 */
export class Killer {
  steps = 0;
  /** What each step did: `write <key>`, `delete` or `publish`. */
  readonly log: string[] = [];
  constructor(private readonly after = Number.POSITIVE_INFINITY) {}

  step(what: string): void {
    if (this.steps >= this.after)
      throw new Error(`killed after step ${this.after}`);
    this.steps += 1;
    this.log.push(what);
  }

  store(inner: ObjectStore): ObjectStore {
    return {
      get: (key) => inner.get(key),
      getVersioned: (key) => inner.getVersioned(key),
      getSize: (key) => inner.getSize(key),
      list: (prefix) => inner.list(prefix),
      put: async (key, body, type) => {
        this.step(`write ${key}`);
        await inner.put(key, body, type);
      },
      putPieces: async (key, pieces, type) => {
        this.step(`write ${key}`);
        await inner.putPieces(key, pieces, type);
      },
      putIf: async (key, body, condition, type) => {
        this.step(`write ${key}`);
        return inner.putIf(key, body, condition, type);
      },
      copy: async (from, to, type) => {
        this.step(`write ${to}`);
        await inner.copy(from, to, type);
      },
      delete: async (keys) => {
        this.step('delete');
        await inner.delete(keys);
      },
      deleteIf: async (key, condition) => {
        this.step(`delete ${key}`);
        await inner.deleteIf(key, condition);
      },
    };
  }

  notifier(inner: Notifier): Notifier {
    return {
      publish: async (messages) => {
        this.step('publish');
        return inner.publish(messages);
      },
    };
  }
}

/** A notifier that records every message it accepts. */
export class RecordingNotifier implements Notifier {
  readonly accepted: Message[] = [];
  async publish(messages: readonly Message[]): Promise<PublishOutcome[]> {
    this.accepted.push(...messages);
    return messages.map((m) => ({ id: m.id, ok: true, messageId: m.id }));
  }
}

/**
 * Checks that `reports/latest.json` names a complete run and that the copy
 * in `reports/latest/` is that run: every file the manifest lists is there
 * with its checksum.
 *
 * @returns the problems found (empty when latest is complete)
 */
export async function latestProblems(store: ObjectStore): Promise<string[]> {
  const text = async (key: string) => {
    const bytes = await store.get(key);
    return bytes && new TextDecoder().decode(bytes);
  };
  const pointer = await text('reports/latest.json');
  if (pointer === undefined) return ['no reports/latest.json'];
  const { folder } = JSON.parse(pointer) as { folder: string };
  const problems: string[] = [];
  for (const base of [folder, 'reports/latest']) {
    const manifest = await text(`${base}/manifest.json`);
    if (manifest === undefined) {
      problems.push(`no ${base}/manifest.json`);
      continue;
    }
    const { files } = JSON.parse(manifest) as {
      files: { path: string; sha256: string }[];
    };
    for (const file of files) {
      const bytes = await store.get(`${base}/${file.path}`);
      const sum = bytes && createHash('sha256').update(bytes).digest('hex');
      if (sum !== file.sha256) problems.push(`${base}/${file.path} differs`);
    }
    const listed = new Set(files.map((f) => `${base}/${f.path}`));
    listed.add(`${base}/manifest.json`);
    for (const key of await store.list(`${base}/`)) {
      if (!listed.has(key)) problems.push(`${key} is not in the manifest`);
    }
  }
  return problems;
}
