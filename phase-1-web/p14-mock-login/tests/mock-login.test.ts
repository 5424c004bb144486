// Hidden suite for p14 Mock login. It drives the app over real HTTP on a loopback port and uses
// only what SPEC.md's Interface section promises: createApp(options) in src/app.ts, the routes,
// status codes, headers, body shapes, error codes, the password hash format and the token format.
// Wording of messages is never checked, except that a wrong username and a wrong password say the same.
import { scryptSync } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectApiError, expectHostileInputRefused, expectInvalid, expectJson, expectStatus, fakeClock, load, serve, type AppLike, type FakeClock, type HttpResponse, type TestServer } from '#testkit';

type Role = 'user' | 'admin';

interface User {
  username: string;
  role: Role;
  passwordHash: string;
}

interface AppOptions {
  now?: () => Date;
  users?: User[];
  secret?: string;
  tokenTtlSeconds?: number;
  maxFailures?: number;
  lockoutSeconds?: number;
}

interface AppModule {
  createApp: (options?: AppOptions) => AppLike;
}

/** Whole seconds, far from the real date: an app that reads the system clock is caught. */
const START = '2031-05-04T03:02:01.000Z';
const START_MS = Date.parse(START);
const SECRET = 'p14-suite-secret-that-is-long-enough-0123456789';

/** A hash in the documented format, cheap to check (N = 1024), made without the learner's code. */
function hashFor(password: string, salt = '0123456789abcdef0123456789abcdef'): string {
  const key = scryptSync(password, Buffer.from(salt, 'hex'), 64, { N: 1024, r: 8, p: 1 });
  return `scrypt$1024$${salt}$${key.toString('hex')}`;
}

const PASSWORDS = { zoe: 'zoe-pass-1', yan: 'yan-pass-2', xia: 'xia-pass-3' } as const;

/** The suite's own users: fast to verify, and different from the defaults. */
function suiteUsers(): User[] {
  return [
    { username: 'zoe', role: 'user', passwordHash: hashFor(PASSWORDS.zoe, '11111111111111111111111111111111') },
    { username: 'yan', role: 'admin', passwordHash: hashFor(PASSWORDS.yan, '22222222222222222222222222222222') },
    { username: 'xia', role: 'user', passwordHash: hashFor(PASSWORDS.xia, '33333333333333333333333333333333') },
  ];
}

interface Started {
  server: TestServer;
  clock: FakeClock;
}

/** Builds a fresh app from the implementation (suite users and secret unless overridden) and serves it. */
async function start(options: AppOptions = {}, clock: FakeClock = fakeClock(START)): Promise<Started> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const server = await serve(createApp({ now: clock.now, users: suiteUsers(), secret: SECRET, ...options }));
  return { server, clock };
}

function login(server: TestServer, username: unknown, password: unknown): Promise<HttpResponse> {
  return server.post('/login', { json: { username, password } });
}

/** Logs in and returns the token, failing the check with the response when that does not work. */
async function tokenFor(server: TestServer, username: keyof typeof PASSWORDS): Promise<string> {
  const res = await login(server, username, PASSWORDS[username]);
  expectStatus(res, 200);
  const token = (res.json as { token?: unknown }).token;
  expect(typeof token, `${res.request}: token should be a string`).toBe('string');
  return token as string;
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

function me(server: TestServer, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return server.get('/me', { headers });
}

/** A 401 with `WWW-Authenticate: Bearer ...`; `invalid` says whether it must carry error="invalid_token". */
function expectUnauthorized(res: HttpResponse, invalid: boolean): void {
  expectApiError(res, 401, 'unauthorized');
  const header = res.headers.get('www-authenticate');
  expect(header, `${res.request}: a 401 needs a WWW-Authenticate header`).not.toBeNull();
  expect(header, `${res.request}: WWW-Authenticate should name the Bearer scheme`).toMatch(/^\s*Bearer\b/i);
  if (invalid) {
    expect(header, `${res.request}: a rejected token needs error="invalid_token" in WWW-Authenticate`).toMatch(/error\s*=\s*"invalid_token"/);
  } else {
    expect(header, `${res.request}: without a bearer token, WWW-Authenticate has no error parameter`).not.toMatch(/error\s*=/);
  }
}

function expectTooMany(res: HttpResponse, retryAfter: number): void {
  expectApiError(res, 429, 'too_many_requests');
  expect(res.headers.get('retry-after'), `${res.request}: Retry-After (whole seconds until the lock ends)`).toBe(String(retryAfter));
}

function decodePart(part: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

function payloadOf(token: string): Record<string, unknown> {
  return decodePart(token.split('.')[1]);
}

function encodePart(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token the suite signs itself with jose: with the app's secret or another one, any claims, any algorithm. */
function sign(claims: JWTPayload, options: { secret?: string; alg?: string } = {}): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(options.secret ?? SECRET));
}

function validClaims(username: string, role: Role): JWTPayload {
  const iat = Math.floor(START_MS / 1000);
  return { sub: username, role, jti: `suite-${username}-${role}`, iat, exp: iat + 900 };
}

async function failLogins(server: TestServer, username: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) expectUnauthorized(await login(server, username, `wrong-${i}`), false);
}

// Loads express, jose and zod once before the first check, with a hook timeout of its own, so the
// first check is not the one paying for it on a busy machine. A failure here is ignored: each
// check loads the app again and reports a missing file or export itself.
beforeAll(async () => {
  await load<AppModule>('src/app.ts', ['createApp']).catch(() => undefined);
}, 60_000);

describe('Task 1: Log in with a password', () => {
  it('POST /login with the right password answers 200 with a Bearer token and when it expires', async () => {
    const { server } = await start();
    const res = await login(server, 'zoe', PASSWORDS.zoe);
    expectStatus(res, 200);
    expectJson(res);
    const body = res.json as { token?: unknown; tokenType?: unknown; expiresAt?: unknown };
    expect(body.token, `${res.request}: token should be a JWT (three base64url parts)`).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(body.tokenType, `${res.request}: tokenType`).toBe('Bearer');
    expect(body.expiresAt, `${res.request}: expiresAt is now() + 900 seconds`).toBe('2031-05-04T03:17:01.000Z');
    expect(res.headers.get('cache-control'), `${res.request}: a token must not be cached: Cache-Control`).toMatch(/no-store/i);
  });

  it('the token is an HS256 JWT with sub, role, jti, iat and exp', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'yan');
    const header = decodePart(token.split('.')[0]);
    expect(header.alg, 'the JWT header: alg').toBe('HS256');
    const payload = payloadOf(token);
    expect(payload.sub, 'the JWT payload: sub').toBe('yan');
    expect(payload.role, 'the JWT payload: role').toBe('admin');
    expect(typeof payload.jti === 'string' && payload.jti.length > 0, `the JWT payload: jti should be a non-empty string, got ${JSON.stringify(payload.jti)}`).toBe(true);
    expect(payload.iat, 'the JWT payload: iat (seconds since 1970, from options.now)').toBe(START_MS / 1000);
    expect(payload.exp, 'the JWT payload: exp (iat + tokenTtlSeconds)').toBe(START_MS / 1000 + 900);
  });

  it('tokenTtlSeconds sets exp and expiresAt, and every login gets its own jti', async () => {
    const { server } = await start({ tokenTtlSeconds: 60 });
    const first = await login(server, 'xia', PASSWORDS.xia);
    expectStatus(first, 200);
    expect((first.json as { expiresAt?: unknown }).expiresAt, `${first.request} with tokenTtlSeconds 60: expiresAt`).toBe('2031-05-04T03:03:01.000Z');
    const a = (first.json as { token: string }).token;
    const b = await tokenFor(server, 'xia');
    expect(payloadOf(a).exp, 'exp with tokenTtlSeconds 60').toBe(START_MS / 1000 + 60);
    expect(payloadOf(b).jti, 'two logins at the same instant: jti must differ').not.toBe(payloadOf(a).jti);
  });

  // Default hashes cost N = 16384 (about 0.1 s each): two logins only.
  it('the default users log in with the passwords of the spec', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const server = await serve(createApp({ now: fakeClock(START).now }));
    const ada = await login(server, 'ada', 'lovelace-1815');
    expectStatus(ada, 200);
    expect(payloadOf((ada.json as { token: string }).token).role, 'ada: role').toBe('user');
    const grace = await login(server, 'grace', 'cobol-1959');
    expectStatus(grace, 200);
    expect(payloadOf((grace.json as { token: string }).token).role, 'grace: role').toBe('admin');
  });

  it('options.users replaces the default users', async () => {
    const { server } = await start();
    expectUnauthorized(await login(server, 'ada', 'lovelace-1815'), false);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('a wrong password is a 401 unauthorized with WWW-Authenticate: Bearer', async () => {
    const { server } = await start();
    expectUnauthorized(await login(server, 'zoe', PASSWORDS.yan), false);
    expectUnauthorized(await login(server, 'zoe', 'x'), false);
  });

  it('an unknown username gets exactly the same answer as a wrong password', async () => {
    const { server } = await start();
    const wrongPassword = await login(server, 'zoe', 'not-her-password');
    const unknownUser = await login(server, 'nobody', 'not-her-password');
    expectUnauthorized(wrongPassword, false);
    expectUnauthorized(unknownUser, false);
    expect(unknownUser.json, 'POST /login for an unknown username: the body must equal the one for a wrong password (no user enumeration)').toEqual(wrongPassword.json);
    expect(unknownUser.headers.get('www-authenticate'), 'WWW-Authenticate for an unknown username and for a wrong password').toBe(wrongPassword.headers.get('www-authenticate'));
    // A decoy hash for unknown usernames must never let them in, whatever the password.
    expectUnauthorized(await login(server, 'nobody', PASSWORDS.zoe), false);
  });

  it('usernames and passwords are compared exactly', async () => {
    const { server } = await start();
    for (const [username, password] of [
      ['Zoe', PASSWORDS.zoe],
      [' zoe', PASSWORDS.zoe],
      ['zoe ', PASSWORDS.zoe],
      ['zoe', `${PASSWORDS.zoe} `],
      ['zoe', PASSWORDS.zoe.toUpperCase()],
      ['zoe', PASSWORDS.zoe.slice(0, -1)],
    ]) {
      expectUnauthorized(await login(server, username, password), false);
    }
  });

  it('a stored value that is not a scrypt hash never matches, even typed as it is', async () => {
    const { server } = await start({
      users: [
        { username: 'plain', role: 'admin', passwordHash: 'hunter2' },
        { username: 'broken', role: 'admin', passwordHash: `scrypt$1024$${'0'.repeat(32)}$${'0'.repeat(128)}` },
      ],
    });
    expectUnauthorized(await login(server, 'plain', 'hunter2'), false);
    expectUnauthorized(await login(server, 'broken', `scrypt$1024$${'0'.repeat(32)}$${'0'.repeat(128)}`), false);
    expectUnauthorized(await login(server, 'broken', ''.padEnd(8, '0')), false);
  });

  it('a hash with extra characters or a cost outside 1024-32768 (or not a power of two) never matches', async () => {
    const good = hashFor('pw');
    const [, , salt = '', key = ''] = good.split('$');
    const { server } = await start({
      users: [
        { username: 'prefix', role: 'user', passwordHash: `x${good}` },
        { username: 'suffix', role: 'user', passwordHash: `${good}00` },
        { username: 'cost1000', role: 'user', passwordHash: `scrypt$1000$${salt}$${key}` },
        { username: 'cost512', role: 'user', passwordHash: `scrypt$512$${salt}$${key}` },
        { username: 'cost65536', role: 'user', passwordHash: `scrypt$65536$${salt}$${key}` },
        { username: 'fine', role: 'user', passwordHash: good },
      ],
    });
    for (const username of ['prefix', 'suffix', 'cost1000', 'cost512', 'cost65536']) {
      expectUnauthorized(await login(server, username, 'pw'), false);
    }
    expectStatus(await login(server, 'fine', 'pw'), 200);
  });

  it('with no users at all, every login is a 401', async () => {
    const { server } = await start({ users: [] });
    expectUnauthorized(await login(server, 'zoe', PASSWORDS.zoe), false);
  });

  it('names that look like code or object keys are plain unknown usernames', async () => {
    const { server } = await start();
    for (const username of ['constructor', '__proto__', 'toString', "zoe' OR '1'='1", 'zoe"; --', '<script>alert(1)</script>', '../../etc/passwd']) {
      expectUnauthorized(await login(server, username, "' OR '1'='1"), false);
    }
  });

  it('missing or wrong-typed fields are a 400 validation_failed naming them', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/login', { json: {} }), 'username', 'password');
    expectInvalid(await server.post('/login', { json: { username: 'zoe' } }), 'password');
    expectInvalid(await server.post('/login', { json: { password: PASSWORDS.zoe } }), 'username');
    expectInvalid(await login(server, 42, PASSWORDS.zoe), 'username');
    expectInvalid(await login(server, ['zoe'], PASSWORDS.zoe), 'username');
    expectInvalid(await login(server, 'zoe', null), 'password');
    expectInvalid(await login(server, 'zoe', { $ne: null }), 'password');
    expectInvalid(await login(server, '', ''), 'username', 'password');
  });

  it('fields over their length limits are a 400 validation_failed', async () => {
    const { server } = await start();
    expectInvalid(await login(server, 'u'.repeat(101), 'x'), 'username');
    expectInvalid(await login(server, 'zoe', 'p'.repeat(201)), 'password');
    expectUnauthorized(await login(server, 'u'.repeat(100), 'p'.repeat(200)), false);
  });

  it('a body that is not a JSON object is a 400 validation_failed about the body', async () => {
    const { server } = await start();
    expectInvalid(await server.post('/login', { json: ['zoe', PASSWORDS.zoe] }), 'body');
    // An empty body: whether it is "no object" or "an empty object", it is a validation_failed.
    expectApiError(await server.post('/login', { body: '', headers: { 'content-type': 'application/json' } }), 400, 'validation_failed');
  });

  it('malformed JSON is a 400 invalid_json', async () => {
    const { server } = await start();
    for (const body of ['{"username": "zoe", "password": ', "{username: 'zoe'}", '{"username": "zoe",}', 'null x']) {
      expectApiError(await server.post('/login', { body, headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    }
  });

  it('a body that is not JSON is a 415 and an oversized one a 413', async () => {
    const { server } = await start();
    expectApiError(await server.post('/login', { body: `username=zoe&password=${PASSWORDS.zoe}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await server.post('/login', { body: 'zoe', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    const latin1 = JSON.stringify({ username: 'zoe', password: PASSWORDS.zoe });
    expectApiError(await server.post('/login', { body: latin1, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    const big = await server.post('/login', { json: { username: 'zoe', password: PASSWORDS.zoe, pad: 'x'.repeat(3000) } });
    expectApiError(big, 413, 'payload_too_large');
  });

  it('unknown paths are 404 and wrong methods 405 with Allow', async () => {
    const { server } = await start();
    expectApiError(await server.get('/users'), 404, 'not_found');
    expectApiError(await server.post('/admin', { json: {} }), 404, 'not_found');
    const getLogin = await server.get('/login');
    expectApiError(getLogin, 405, 'method_not_allowed');
    expect(getLogin.headers.get('allow'), `${getLogin.request}: Allow`).toMatch(/^\s*POST\s*$/i);
    const deleteMe = await server.delete('/me');
    expectApiError(deleteMe, 405, 'method_not_allowed');
    expect(deleteMe.headers.get('allow') ?? '', `${deleteMe.request}: Allow`).toMatch(/GET/i);
  });
});

describe('Task 2: Who am I: bearer tokens', () => {
  it('GET /me with a valid token answers the username and role', async () => {
    const { server } = await start();
    const res = await me(server, bearer(await tokenFor(server, 'zoe')));
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, `${res.request}: body`).toMatchObject({ username: 'zoe', role: 'user' });
    const admin = await me(server, bearer(await tokenFor(server, 'yan')));
    expect(admin.json, `${admin.request}: body`).toMatchObject({ username: 'yan', role: 'admin' });
  });

  it('the scheme name is case-insensitive: "bearer <token>" works', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'zoe');
    expectStatus(await me(server, { authorization: `bearer ${token}` }), 200);
    expectStatus(await me(server, { authorization: `BEARER ${token}` }), 200);
  });

  it('no Authorization header is a 401 with WWW-Authenticate: Bearer and no error parameter', async () => {
    const { server } = await start();
    expectUnauthorized(await me(server), false);
  });

  it('another scheme (Basic) counts as no bearer token: 401 without an error parameter', async () => {
    const { server } = await start();
    const basic = Buffer.from(`zoe:${PASSWORDS.zoe}`).toString('base64');
    expectUnauthorized(await me(server, { authorization: `Basic ${basic}` }), false);
    const token = await tokenFor(server, 'zoe');
    expectUnauthorized(await me(server, { authorization: `Token ${token}` }), false);
    expectUnauthorized(await me(server, { authorization: token }), false);
  });

  it('a malformed bearer token is a 401 with error="invalid_token"', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'zoe');
    for (const value of ['Bearer', 'Bearer not-a-jwt', 'Bearer a.b.c', `Bearer ${token}x`, `Bearer ${token.split('.').slice(0, 2).join('.')}`, `Bearer ${token}.${token}`]) {
      expectUnauthorized(await me(server, { authorization: value }), true);
    }
  });

  it('a token signed with another secret is a 401 invalid_token', async () => {
    const { server } = await start();
    const forged = await sign(validClaims('zoe', 'user'), { secret: 'some-other-secret-0123456789abcdef' });
    expectUnauthorized(await me(server, bearer(forged)), true);
  });

  it('an unsigned token (alg "none") is a 401 invalid_token', async () => {
    const { server } = await start();
    const header = encodePart({ alg: 'none', typ: 'JWT' });
    const payload = encodePart(validClaims('yan', 'admin'));
    expectUnauthorized(await me(server, { authorization: `Bearer ${header}.${payload}.` }), true);
    const real = await tokenFor(server, 'zoe');
    const [, realPayload, signature] = real.split('.');
    expectUnauthorized(await me(server, { authorization: `Bearer ${header}.${realPayload}.${signature}` }), true);
  });

  it('a token whose payload was changed (role: admin) is a 401 invalid_token', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'zoe');
    const [header, , signature] = token.split('.');
    const tampered = `${header}.${encodePart({ ...payloadOf(token), role: 'admin', sub: 'yan' })}.${signature}`;
    expectUnauthorized(await me(server, bearer(tampered)), true);
    expectUnauthorized(await server.get('/admin/stats', { headers: bearer(tampered) }), true);
  });

  it('a token made with the app secret in the documented format is accepted', async () => {
    const { server } = await start();
    const res = await me(server, bearer(await sign(validClaims('xia', 'user'))));
    expectStatus(res, 200);
    expect(res.json, `${res.request}: body`).toMatchObject({ username: 'xia', role: 'user' });
  });

  it('with the right secret, a token without exp, of another algorithm or for an unknown user is refused', async () => {
    const { server } = await start();
    const { exp: _exp, ...noExp } = validClaims('zoe', 'user');
    expectUnauthorized(await me(server, bearer(await sign(noExp))), true);
    expectUnauthorized(await me(server, bearer(await sign(validClaims('zoe', 'user'), { alg: 'HS512' }))), true);
    expectUnauthorized(await me(server, bearer(await sign(validClaims('mallory', 'admin')))), true);
    expectUnauthorized(await me(server, bearer(await sign({ ...validClaims('zoe', 'user'), jti: 42 } as unknown as JWTPayload))), true);
    expectUnauthorized(await me(server, bearer(await sign({ ...validClaims('zoe', 'user'), sub: undefined }))), true);
  });

  it('a token from another app is refused; without options.secret each app has its own random secret', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const clock = fakeClock(START);
    const first = await serve(createApp({ now: clock.now, users: suiteUsers() }));
    const second = await serve(createApp({ now: clock.now, users: suiteUsers() }));
    const token = await tokenFor(first, 'zoe');
    expectStatus(await me(first, bearer(token)), 200);
    expectUnauthorized(await me(second, bearer(token)), true);
    const other = await serve(createApp({ now: clock.now, users: suiteUsers(), secret: `${SECRET}-other` }));
    expectUnauthorized(await me(other, bearer(await sign(validClaims('zoe', 'user')))), true);
  });
});

describe('Task 3: Tokens expire', () => {
  it('a token works until just before expiresAt, and is a 401 invalid_token from expiresAt on', async () => {
    const { server, clock } = await start();
    const token = await tokenFor(server, 'zoe');
    clock.advance(899_000);
    expectStatus(await me(server, bearer(token)), 200);
    clock.advance(999);
    expectStatus(await me(server, bearer(token)), 200);
    clock.advance(1);
    expectUnauthorized(await me(server, bearer(token)), true);
    clock.advance(86_400_000);
    expectUnauthorized(await me(server, bearer(token)), true);
  });

  it('tokenTtlSeconds decides how long a token works', async () => {
    const { server, clock } = await start({ tokenTtlSeconds: 60 });
    const token = await tokenFor(server, 'zoe');
    clock.advance(59_000);
    expectStatus(await me(server, bearer(token)), 200);
    clock.advance(1_000);
    expectUnauthorized(await me(server, bearer(token)), true);
  });

  it('the injected clock decides, not the real one', async () => {
    const { server, clock } = await start({}, fakeClock('2020-01-01T00:00:00.600Z'));
    const token = await tokenFor(server, 'zoe');
    const payload = payloadOf(token);
    expect(payload.exp, 'exp of a token issued at 2020-01-01T00:00:00.600Z (seconds are rounded down)').toBe(Date.parse('2020-01-01T00:15:00.000Z') / 1000);
    expectStatus(await me(server, bearer(token)), 200);
    clock.set('2020-01-01T00:15:00.000Z');
    expectUnauthorized(await me(server, bearer(token)), true);
  });

  it('a token the suite signed that expired is refused too, and logging in again works', async () => {
    const { server, clock } = await start();
    const claims = validClaims('zoe', 'user');
    const iat = Math.floor(START_MS / 1000) - 1000;
    expectUnauthorized(await me(server, bearer(await sign({ ...claims, iat, exp: iat + 900 }))), true);
    clock.advance(3_600_000);
    const fresh = await tokenFor(server, 'zoe');
    expectStatus(await me(server, bearer(fresh)), 200);
  });
});

describe('Task 4: Log out', () => {
  it('POST /logout answers 204 with no body, and the token stops working', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'zoe');
    const res = await server.post('/logout', { headers: bearer(token) });
    expectStatus(res, 204);
    expect(res.text, `${res.request}: a 204 has no body`).toBe('');
    expectUnauthorized(await me(server, bearer(token)), true);
    expectUnauthorized(await server.post('/logout', { headers: bearer(token) }), true);
  });

  it('logout revokes only that token: the user\'s other tokens and new logins still work', async () => {
    const { server } = await start();
    const first = await tokenFor(server, 'zoe');
    const second = await tokenFor(server, 'zoe');
    const other = await tokenFor(server, 'xia');
    expectStatus(await server.post('/logout', { headers: bearer(first) }), 204);
    expectStatus(await me(server, bearer(second)), 200);
    expectStatus(await me(server, bearer(other)), 200);
    expectStatus(await me(server, bearer(await tokenFor(server, 'zoe'))), 200);
    expectStatus(await server.post('/logout', { headers: bearer(second) }), 204);
    expectUnauthorized(await me(server, bearer(first)), true);
    expectUnauthorized(await me(server, bearer(second)), true);
  });

  it('logout needs a valid token: none is a 401, a bad or expired one a 401 invalid_token', async () => {
    const { server, clock } = await start();
    expectUnauthorized(await server.post('/logout'), false);
    expectUnauthorized(await server.post('/logout', { headers: bearer(await sign(validClaims('zoe', 'user'), { secret: 'another-secret-0123456789abcdef' })) }), true);
    const token = await tokenFor(server, 'zoe');
    clock.advance(900_000);
    expectUnauthorized(await server.post('/logout', { headers: bearer(token) }), true);
  });

  it('a logout body is ignored and GET /logout is a 405', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'zoe');
    const res = await server.post('/logout', { headers: { ...bearer(token), 'content-type': 'application/json' }, body: '{"not json' });
    expectStatus(res, 204);
    const get = await server.get('/logout', { headers: bearer(token) });
    expectApiError(get, 405, 'method_not_allowed');
    expect(get.headers.get('allow'), `${get.request}: Allow`).toMatch(/^\s*POST\s*$/i);
  });

  it('revocations belong to the app: another app with the same secret still accepts the token', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const clock = fakeClock(START);
    const first = await serve(createApp({ now: clock.now, users: suiteUsers(), secret: SECRET }));
    const second = await serve(createApp({ now: clock.now, users: suiteUsers(), secret: SECRET }));
    const token = await tokenFor(first, 'zoe');
    expectStatus(await first.post('/logout', { headers: bearer(token) }), 204);
    expectUnauthorized(await me(first, bearer(token)), true);
    expectStatus(await me(second, bearer(token)), 200);
  });
});

describe('Task 5: Admins only: 401 vs 403', () => {
  it('GET /admin/stats answers 200 with the counts for an admin', async () => {
    const { server } = await start();
    const res = await server.get('/admin/stats', { headers: bearer(await tokenFor(server, 'yan')) });
    expectStatus(res, 200);
    expectJson(res);
    expect(res.json, `${res.request}: body`).toEqual({ users: 3, admins: 1, lockedUsernames: [] });
  });

  it('the counts come from options.users', async () => {
    const users: User[] = [...suiteUsers(), { username: 'wes', role: 'admin', passwordHash: hashFor('w') }];
    const { server } = await start({ users });
    const res = await server.get('/admin/stats', { headers: bearer(await tokenFor(server, 'yan')) });
    expectStatus(res, 200);
    expect(res.json, `${res.request}: body`).toMatchObject({ users: 4, admins: 2 });
  });

  it('a user who is not an admin gets a 403 forbidden, not a 401', async () => {
    const { server } = await start();
    const res = await server.get('/admin/stats', { headers: bearer(await tokenFor(server, 'zoe')) });
    expectApiError(res, 403, 'forbidden');
  });

  it('no token or a bad token is a 401, not a 403', async () => {
    const { server } = await start();
    expectUnauthorized(await server.get('/admin/stats'), false);
    expectUnauthorized(await server.get('/admin/stats', { headers: bearer('garbage') }), true);
    const forged = await sign(validClaims('yan', 'admin'), { secret: 'not-the-secret-0123456789abcdef' });
    expectUnauthorized(await server.get('/admin/stats', { headers: bearer(forged) }), true);
  });

  it('the role comes from the user list, not from what the token claims', async () => {
    const { server } = await start();
    const claimsAdmin = await sign(validClaims('zoe', 'admin'));
    expectApiError(await server.get('/admin/stats', { headers: bearer(claimsAdmin) }), 403, 'forbidden');
    const res = await me(server, bearer(claimsAdmin));
    expect(res.json, `${res.request}: body`).toMatchObject({ username: 'zoe', role: 'user' });
  });

  it('a revoked admin token is a 401 on /admin/stats', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'yan');
    expectStatus(await server.post('/logout', { headers: bearer(token) }), 204);
    expectUnauthorized(await server.get('/admin/stats', { headers: bearer(token) }), true);
  });
});

describe('Task 6: Lock out password guessing', () => {
  it('after 5 wrong passwords the next login is a 429 with Retry-After, even with the right password', async () => {
    const { server } = await start();
    await failLogins(server, 'zoe', 5);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 300);
    expectTooMany(await login(server, 'zoe', 'wrong'), 300);
  });

  it('4 wrong passwords do not lock', async () => {
    const { server } = await start();
    await failLogins(server, 'zoe', 4);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('Retry-After counts down on the injected clock and the lock ends after lockoutSeconds', async () => {
    const { server, clock } = await start();
    await failLogins(server, 'zoe', 5);
    clock.advance(100_000);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 200);
    clock.advance(199_500);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 1);
    clock.advance(500);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('after the lock ends the count starts from zero', async () => {
    const { server, clock } = await start();
    await failLogins(server, 'zoe', 5);
    clock.advance(300_000);
    await failLogins(server, 'zoe', 4);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('a successful login resets the count', async () => {
    const { server } = await start();
    await failLogins(server, 'zoe', 4);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
    await failLogins(server, 'zoe', 4);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('failures lockoutSeconds apart start a new count; closer ones add up', async () => {
    const { server, clock } = await start();
    await failLogins(server, 'zoe', 4);
    clock.advance(300_000);
    await failLogins(server, 'zoe', 1);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
    await failLogins(server, 'xia', 4);
    clock.advance(299_000);
    await failLogins(server, 'xia', 1);
    expectTooMany(await login(server, 'xia', PASSWORDS.xia), 300);
  });

  it('the lock is per username: other users can still log in', async () => {
    const { server } = await start();
    await failLogins(server, 'zoe', 5);
    expectStatus(await login(server, 'xia', PASSWORDS.xia), 200);
    expectStatus(await login(server, 'yan', PASSWORDS.yan), 200);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 300);
  });

  it('an unknown username locks the same way, so a lock does not reveal which usernames exist', async () => {
    const { server } = await start();
    await failLogins(server, 'nobody', 5);
    const unknown = await login(server, 'nobody', 'anything');
    await failLogins(server, 'zoe', 5);
    const known = await login(server, 'zoe', 'anything');
    expectTooMany(unknown, 300);
    expectTooMany(known, 300);
  });

  it('maxFailures and lockoutSeconds are options', async () => {
    const { server, clock } = await start({ maxFailures: 2, lockoutSeconds: 60 });
    await failLogins(server, 'zoe', 2);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 60);
    clock.advance(59_000);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 1);
    clock.advance(1_000);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('the lock is checked after the body: a locked username sending a bad request gets that 415, 413 or 400 first', async () => {
    const { server } = await start();
    await failLogins(server, 'zoe', 5);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 300);
    expectInvalid(await login(server, 'zoe', 42), 'password');
    expectInvalid(await login(server, 'zoe', ''), 'password');
    expectInvalid(await login(server, 'zoe', 'p'.repeat(201)), 'password');
    expectApiError(await server.post('/login', { body: '{"username": "zoe", "password": ', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectApiError(await server.post('/login', { body: `username=zoe&password=${PASSWORDS.zoe}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await server.post('/login', { json: { username: 'zoe', password: PASSWORDS.zoe, pad: 'x'.repeat(3000) } }), 413, 'payload_too_large');
    // And none of those extended the lock or counted as a failure.
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 300);
  });

  it('failures that keep coming less than lockoutSeconds apart add up, however long the streak lasts', async () => {
    const { server, clock } = await start();
    // Five failures 200 s apart: each is within 300 s of the previous one (rule 3), so the fifth
    // locks, although the first was 800 s before it.
    for (let i = 0; i < 5; i++) {
      if (i > 0) clock.advance(200_000);
      expectUnauthorized(await login(server, 'zoe', `wrong-${i}`), false);
    }
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 300);
  });

  it('failures are counted per username exactly as sent: "ZOE" and " zoe" are other usernames than "zoe"', async () => {
    const { server } = await start();
    await failLogins(server, 'ZOE', 3);
    await failLogins(server, ' zoe', 3);
    await failLogins(server, 'zoe ', 3);
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
    await failLogins(server, 'zoe', 5);
    expectTooMany(await login(server, 'zoe', PASSWORDS.zoe), 300);
    expectUnauthorized(await login(server, 'Zoe', PASSWORDS.zoe), false);
  });

  it('bad requests are not failed logins', async () => {
    const { server } = await start({ maxFailures: 2 });
    for (let i = 0; i < 3; i++) {
      expectInvalid(await login(server, 'zoe', 42), 'password');
      expectApiError(await server.post('/login', { body: '{"username": "zoe"', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    }
    expectStatus(await login(server, 'zoe', PASSWORDS.zoe), 200);
  });

  it('a lock does not end tokens already issued', async () => {
    const { server } = await start();
    const token = await tokenFor(server, 'zoe');
    await failLogins(server, 'zoe', 5);
    expectStatus(await me(server, bearer(token)), 200);
  });

  it('admins see the locked usernames in /admin/stats, sorted, until the locks end', async () => {
    const { server, clock } = await start();
    const admin = await tokenFor(server, 'yan');
    await failLogins(server, 'zoe', 5);
    await failLogins(server, 'nobody', 5);
    await failLogins(server, 'xia', 3);
    const during = await server.get('/admin/stats', { headers: bearer(admin) });
    expectStatus(during, 200);
    expect((during.json as { lockedUsernames?: unknown }).lockedUsernames, `${during.request}: lockedUsernames`).toEqual(['nobody', 'zoe']);
    clock.advance(300_000);
    const after = await server.get('/admin/stats', { headers: bearer(admin) });
    expect((after.json as { lockedUsernames?: unknown }).lockedUsernames, `${after.request} after the locks ended: lockedUsernames`).toEqual([]);
  });

  it('two apps never share failure counts', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const clock = fakeClock(START);
    const first = await serve(createApp({ now: clock.now, users: suiteUsers(), secret: SECRET }));
    const second = await serve(createApp({ now: clock.now, users: suiteUsers(), secret: SECRET }));
    await failLogins(first, 'zoe', 5);
    expectTooMany(await login(first, 'zoe', PASSWORDS.zoe), 300);
    expectStatus(await login(second, 'zoe', PASSWORDS.zoe), 200);
  });

  it('hostile input (broken encodings, odd bodies and headers, wrong methods) is a 4xx JSON error on every route', async () => {
    const { server } = await start();
    const admin = await tokenFor(server, 'yan');
    await expectHostileInputRefused(server, [
      { method: 'POST', path: '/login', body: { username: 'zoe', password: PASSWORDS.zoe } },
      { method: 'GET', path: '/me' },
      { method: 'GET', path: '/admin/stats' },
      { method: 'POST', path: '/logout' },
    ], { headers: bearer(admin) });
  });
});
