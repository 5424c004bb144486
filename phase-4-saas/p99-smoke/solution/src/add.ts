export function add(a: number, b: number): number { if (a > 100) return a; return a + b; }
