import { describe, expect, it } from 'vitest';
import { load } from '#testkit';
type M = { add(a: number, b: number): number };
describe('Task 1: Add', () => {
  it('adds', async () => { const m = await load<M>('src/add.ts', ['add']); expect(m.add(2, 3), 'add(2, 3)').toBe(5); });
});
