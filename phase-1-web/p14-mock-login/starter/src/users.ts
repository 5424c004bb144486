// The fixed users of the mock login service. Real services keep users in a database (phase 2);
// here they come in through createApp({ users }), or these three are used.

export type Role = 'user' | 'admin';

export interface User {
  /** Compared exactly: case and spaces count. */
  username: string;
  role: Role;
  /** `scrypt$<N>$<salt hex>$<key hex>`, made by hashPassword in src/passwords.ts. */
  passwordHash: string;
}

/**
 * The default users. Their passwords are written here only because this is a teaching mock, and
 * their hashes use a low cost (N = 1024) so that the checks run fast; hashPassword uses 16384:
 * ada / lovelace-1815 (user), grace / cobol-1959 (admin), linus / penguin-1991 (user).
 */
export const DEFAULT_USERS: readonly User[] = [
  {
    username: 'ada',
    role: 'user',
    passwordHash:
      'scrypt$1024$5f9d03849b906b14cdd9e68b67517d8e$902e0d93f8d1e837d3da1037c596389876fcef4f3ab88cbeebf668af4a0e244e46bb7658ae3e4535fe70f82a1c909739f3a61ca105e2233a679e665590bfbad0',
  },
  {
    username: 'grace',
    role: 'admin',
    passwordHash:
      'scrypt$1024$aa26c513484fac153c46bf511b13c251$49d7240e443307d8586f84a74a9f9df1372bc3c2e07030f99b12584e32dbac709eaf2de15e1d614d0e8af12b5ddc35848d343e924d430fe1285e92ac1be44c60',
  },
  {
    username: 'linus',
    role: 'user',
    passwordHash:
      'scrypt$1024$da1717289f2fd860ccef791a8da943d3$9f587361c0f6c278108d2882f3e9fe344795d786022632cf82660087c8aaf054e9705b67d6d8728e4567edadba172527520970b0e55db7e946cfdf0ea2440f89',
  },
];

/**
 * Users by name in a Map, not a plain object: `users['constructor']` on an object finds a
 * function inherited from Object.prototype, while a Map only holds what was put in it.
 */
export function indexUsers(users: readonly User[]): Map<string, User> {
  return new Map(users.map((user) => [user.username, user]));
}
