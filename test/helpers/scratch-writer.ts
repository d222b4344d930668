/**
 * A writer in a process of its own, for the scratch folder's concurrency
 * test: `node --import tsx scratch-writer.ts ROOT NAME COUNT` puts COUNT
 * files `NAME/<i>.txt` into the store at ROOT, one after the other, and
 * exits 1 printing the first error, 0 when every write succeeded.
 */
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';

const [root, name, count] = process.argv.slice(2);
const store = new FsObjectStore(root!);
try {
  for (let i = 0; i < Number(count); i += 1) {
    await store.put(`${name}/${i}.txt`, `${name} ${i}`);
  }
} catch (error) {
  console.error(String((error as Error).cause ?? error));
  process.exitCode = 1;
}
