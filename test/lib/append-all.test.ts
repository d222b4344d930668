import { describe, expect, it } from 'vitest';
import { appendAll } from '#lib/append-all';

describe('appendAll', () => {
  it('appends 200,000 items in order, where push(...items) overflows the stack', () => {
    // Prepare
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    const target = [-1];
    // Act
    appendAll(target, items);
    // Assess
    expect(target).toHaveLength(200_001);
    expect([target[0], target[1], target.at(-1)]).toEqual([-1, 0, 199_999]);
    expect(() => [].push(...(items as never[]))).toThrow(
      'Maximum call stack size exceeded',
    );
  });
});
