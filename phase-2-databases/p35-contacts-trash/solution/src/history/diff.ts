// The JSON diff an audit entry stores: for each field that changed, what it was and what it became.
export interface Change {
  from: string | null;
  to: string | null;
}

const FIELDS = ['name', 'email', 'phone'] as const;

/** The fields the history follows, as stored. */
export type Snapshot = Record<(typeof FIELDS)[number], string | null>;

export type Changes = Partial<Record<(typeof FIELDS)[number], Change>>;

/**
 * The fields whose value differs between `before` and `after`. A new contact is a diff from
 * nothing: `before` is all nulls, so fields left null do not appear.
 */
export function diffContact(before: Snapshot, after: Snapshot): Changes {
  const changes: Changes = {};
  for (const field of FIELDS) {
    if (before[field] !== after[field]) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}

/** What a contact was before it was created. */
export const NOTHING: Snapshot = { name: null, email: null, phone: null };
