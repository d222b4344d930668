/**
 * Calls back once every key of a set is accepted: sets register with
 * `on`, keys arrive with `accept`, and a set whose keys were all accepted
 * before (`accepted`) calls back at once. Each accept costs the sets
 * waiting for its key, not every set.
 *
 * @example
 * const countdown = new KeyCountdown((key) => key in sent);
 * countdown.on(['a#1', 'b#2'], () => done());
 * countdown.accept('a#1');
 * countdown.accept('b#2'); // done() runs
 */
export class KeyCountdown {
  private readonly left: number[] = [];
  private readonly done: (() => void)[] = [];
  /** Key → the sets waiting for it. */
  private readonly waiting = new Map<string, number[]>();

  constructor(private readonly accepted: (key: string) => boolean) {}

  /** Registers a set: `done` runs once all its keys are accepted. */
  on(keys: Iterable<string>, done: () => void): void {
    const open = [...new Set(keys)].filter((key) => !this.accepted(key));
    const set = this.done.push(done) - 1;
    this.left[set] = open.length;
    for (const key of open) {
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), set]);
    }
    if (open.length === 0) done();
  }

  /**
   * Registers items named under keys (a message's parts and the groups
   * each tells of): `done(item)` runs once every key naming it is
   * accepted.
   */
  onEach(
    keys: readonly string[],
    items: readonly (readonly string[])[],
    done: (item: string) => void,
  ): void {
    const named = new Map<string, string[]>();
    items.forEach((mine, i) => {
      for (const item of mine)
        named.set(item, [...(named.get(item) ?? []), keys[i]!]);
    });
    for (const [item, under] of named) this.on(under, () => done(item));
  }

  /** Records an accepted key; runs the sets it was the last of. */
  accept(key: string): void {
    for (const set of this.waiting.get(key) ?? []) {
      this.left[set]! -= 1;
      if (this.left[set] === 0) this.done[set]!();
    }
    this.waiting.delete(key);
  }
}
