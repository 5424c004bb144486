import { describe, expect, it } from 'vitest';
import { normaliseId } from '../src/resolve-id.js';

describe('normaliseId', () => {
  it.each([
    ['p7', 'p07'],
    ['p07', 'p07'],
    ['07', 'p07'],
    ['7', 'p07'],
    ['P100', 'p100'],
    ['100', 'p100'],
  ])('%s is %s', (input, id) => {
    expect(normaliseId(input)).toBe(id);
  });
  it.each(['p0', 'p101', 'abc', ''])('%s is no id', (input) => {
    expect(normaliseId(input)).toBeNull();
  });
});
