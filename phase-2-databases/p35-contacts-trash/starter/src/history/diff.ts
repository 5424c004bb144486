// The JSON diff an audit entry stores: for each field that changed, what it was and what it became.

export interface Change {
  from: string | null;
  to: string | null;
}

const FIELDS = ['name', 'email', 'phone'] as const;

/** The fields the history follows, as stored. */
export type Snapshot = Record<(typeof FIELDS)[number], string | null>;

export type Changes = Partial<Record<(typeof FIELDS)[number], Change>>;

/** TODO (Task 6): the fields whose value differs between `before` and `after` (SPEC.md, Task 6). */
export function diffContact(before: Snapshot, after: Snapshot): Changes {
  void [before, after, FIELDS];
  throw new Error('Not implemented: diffContact (Task 6)');
}

/** What a contact was before it was created. */
export const NOTHING: Snapshot = { name: null, email: null, phone: null };
