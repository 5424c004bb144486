// Flat rows (already in sibling order) to nested nodes, by a map from id to children.
export function build<R extends { id: number; parent_id: number | null }, N>(rows: R[], make: (row: R, kids: N[]) => N): N[] {
  const present = new Set(rows.map((r) => r.id));
  const kids = new Map<number | null, R[]>();
  for (const row of rows) {
    const key = row.parent_id !== null && present.has(row.parent_id) ? row.parent_id : null;
    if (!kids.has(key)) kids.set(key, []);
    kids.get(key)!.push(row);
  }
  const go = (row: R): N => make(row, (kids.get(row.id) ?? []).map(go));
  return (kids.get(null) ?? []).map(go);
}
