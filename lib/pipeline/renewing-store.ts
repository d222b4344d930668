import type { ObjectStore } from '#lib/ports/object-store';

/**
 * The store, calling `keep` before each write (put, put in pieces,
 * conditional put, copy, delete, conditional delete) so that a run
 * renews its lock as it writes; reads pass straight through.
 *
 * @param store - the report store
 * @param keep - renews the lock when due; throws when another run took it
 * @returns the store that renews
 * @example
 * const reports = renewingStore(deps.reports, keep);
 */
export function renewingStore(
  store: ObjectStore,
  keep: () => Promise<void>,
): ObjectStore {
  return {
    get: (key) => store.get(key),
    getVersioned: (key) => store.getVersioned(key),
    getSize: (key) => store.getSize(key),
    list: (prefix) => store.list(prefix),
    put: async (key, body, type) => {
      await keep();
      await store.put(key, body, type);
    },
    putPieces: async (key, pieces, type) => {
      await keep();
      await store.putPieces(key, pieces, type);
    },
    putIf: async (key, body, condition, type) => {
      await keep();
      return store.putIf(key, body, condition, type);
    },
    copy: async (from, to, type) => {
      await keep();
      await store.copy(from, to, type);
    },
    delete: async (keys) => {
      await keep();
      await store.delete(keys);
    },
    deleteIf: async (key, condition) => {
      await keep();
      await store.deleteIf(key, condition);
    },
  };
}
