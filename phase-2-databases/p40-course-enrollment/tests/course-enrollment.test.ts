// The hidden suite of p40 course-enrollment, the phase 2 capstone. It reaches the app only
// through what SPEC.md's Interface promises: createApp({ dbFile, now, adminEmail, adminPassword })
// from src/app.ts, HTTP, app.locals.close(), the drizzle/ migrations, and the two tables the
// Interface names (prerequisites, enrolments). Other tables are the learner's design: the
// password checks look through every table by content.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appTables,
  expectAllow,
  expectApiError,
  expectHostileInputRefused,
  expectInvalid,
  expectMigrationsApplied,
  expectNo5xx,
  expectStatus,
  findRow,
  hasText,
  quoteIdent,
  startAppProcesses,
  tryInsertCopy,
  withRawDb,
  type HttpResponse,
  type RawDb,
  type Row,
  type TestServer,
} from '#testkit';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  PASSWORD,
  START,
  bearer,
  createCourse,
  enrol,
  expectCourse,
  expectEnrolment,
  expectFields,
  expectSession,
  getCourse,
  getEnrolment,
  grade,
  login,
  register,
  requires,
  signInAdmin,
  start,
  transcript,
  type CourseJson,
  type EnrolmentJson,
  type Who,
} from './helpers.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

// Every check loads the implementation afresh: nothing a module does when it is imported carries
// over from one check to the next.
beforeEach(() => {
  vi.resetModules();
});

/** Every text value of every row of every table of the learner's file. */
function allStoredText(db: RawDb): string[] {
  const values: string[] = [];
  for (const table of appTables(db)) {
    for (const row of db.prepare(`SELECT * FROM ${quoteIdent(table)}`).all() as Row[]) {
      for (const value of Object.values(row)) {
        if (typeof value === 'string') values.push(value);
        else if (Buffer.isBuffer(value)) values.push(value.toString('hex'), value.toString('latin1'));
      }
    }
  }
  return values;
}

/** The rows of the prerequisites table, as "course<-prerequisite" pairs, sorted. */
function edgeRows(dbFile: string): string[] {
  return withRawDb(dbFile, (db) =>
    (db.prepare('SELECT course_id AS c, prerequisite_id AS p FROM prerequisites').all() as Array<{ c: number; p: number }>).map((row) => `${row.c}->${row.p}`).sort(),
  );
}

/** The count of enrolments rows of a course with a status, read with plain SQL. */
function statusCount(dbFile: string, courseId: number, status: 'enrolled' | 'waitlisted'): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM enrolments WHERE course_id = ? AND status = ?').pluck().get(courseId, status) as number);
}

function errorCode(res: HttpResponse): string | undefined {
  return (res.json as { error?: { code?: string } } | undefined)?.error?.code;
}

/** An admin, and `n` students named s1@..., signed up in that order. */
async function people(api: TestServer, n: number): Promise<[Who, ...Who[]]> {
  const admin = await signInAdmin(api);
  const students: Who[] = [];
  for (let i = 1; i <= n; i += 1) students.push(await register(api, `s${i}@college.example`));
  return [admin, ...students];
}

describe('Task 1: Sign up, sign in and sessions', () => {
  it('POST /auth/register answers 201 with a session of 24 hours for a new student, and GET /me with its token answers the user', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/auth/register', { json: { email: 'Ann@Example.com', name: 'Ann Smith', password: PASSWORD } });
    expectStatus(res, 201);
    const session = expectSession(res);
    expect(session.user, `${res.request}: the user (email lower-cased, role student)`).toEqual({ id: session.user.id, email: 'ann@example.com', name: 'Ann Smith', role: 'student' });
    expect(session.expiresAt, `${res.request}: expiresAt is 24 hours after now() (${START})`).toBe(new Date(Date.parse(START) + DAY).toISOString());
    const me = await api.get('/me', { headers: bearer(session.token) });
    expectStatus(me, 200);
    expectFields(me, me.json, ['email', 'id', 'name', 'role'], 'a user');
    expect(me.json, `${me.request}: the signed-up user`).toEqual(session.user);
    expectMigrationsApplied(dbFile);
  });

  it('POST /auth/login with the right password (email in any case) answers a new session; a wrong password or an unknown email is 401 invalid_credentials', async () => {
    const { api } = await start();
    const ann = await register(api, 'ann@example.com', 'Ann');
    const again = await login(api, 'ANN@example.COM', PASSWORD);
    expect(again.user, 'POST /auth/login as ANN@example.COM: the same user as at sign-up').toEqual(ann.user);
    expect(again.token, 'a sign-in creates a new session: its token differs from the sign-up one').not.toBe(ann.token);
    for (const who of [ann, again]) expectStatus(await api.get('/me', { headers: who.headers }), 200);
    for (const json of [
      { email: 'ann@example.com', password: 'correct horse battery!' },
      { email: 'ann@example.com', password: PASSWORD.toUpperCase() },
      { email: 'bob@example.com', password: PASSWORD },
      { email: 'ann@example.com', password: '' },
    ]) {
      expectApiError(await api.post('/auth/login', { json }), 401, 'invalid_credentials');
    }
  });

  it('createApp({ adminEmail, adminPassword }) creates the admin once: it signs in with role admin, and a restart with another password changes nothing', async () => {
    const { api, dbFile } = await start();
    const admin = await signInAdmin(api);
    expect(admin.user, `POST /auth/login as ${ADMIN_EMAIL}`).toEqual({ id: admin.user.id, email: ADMIN_EMAIL, name: 'Administrator', role: 'admin' });
    await api.close();
    const restarted = await start({ dbFile, adminPassword: 'another-password-1' });
    const again = await signInAdmin(restarted.api);
    expect(again.user, 'the admin after a restart with another adminPassword: the same account').toEqual(admin.user);
    expectApiError(await restarted.api.post('/auth/login', { json: { email: ADMIN_EMAIL, password: 'another-password-1' } }), 401, 'invalid_credentials');
    const rows = withRawDb(dbFile, (db) => appTables(db).reduce((n, table) => n + (db.prepare(`SELECT * FROM ${quoteIdent(table)}`).all() as Row[]).filter(hasText(ADMIN_EMAIL)).length, 0));
    expect(rows, `rows holding the email ${ADMIN_EMAIL} after two starts: one user`).toBe(1);
    const bare = await start({ admin: false });
    expectApiError(await bare.api.post('/auth/login', { json: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }), 401, 'invalid_credentials');
  });

  it('no table stores a password or a plain hash of it, and two accounts with the same password store different values (a random salt)', async () => {
    const { api, dbFile } = await start();
    const ann = await register(api, 'ann@example.com', 'Ann', PASSWORD);
    const bob = await register(api, 'bob@example.com', 'Bob', PASSWORD);
    await api.close();
    const sha256 = createHash('sha256').update(PASSWORD).digest('hex');
    const stored = withRawDb(dbFile, allStoredText);
    for (const secret of [PASSWORD, ADMIN_PASSWORD, sha256]) {
      expect(stored.filter((value) => value.toLowerCase().includes(secret.toLowerCase())), `text in the database containing "${secret}" (store scrypt's output, never the password)`).toEqual([]);
    }
    const long = (row: Row) => new Set(Object.values(row).filter((value): value is string => typeof value === 'string' && value.length >= 16));
    const [annRow, bobRow] = withRawDb(dbFile, (db) => [findRow(db, hasText('ann@example.com')), findRow(db, hasText('bob@example.com'))]);
    expect(annRow && bobRow, 'rows holding ann@example.com and bob@example.com (the users)').toBeTruthy();
    const shared = [...long(annRow!.row)].filter((value) => long(bobRow!.row).has(value));
    expect(shared, 'values stored for both Ann and Bob, who chose the same password: a hash with a random salt differs').toEqual([]);
    void ann;
    void bob;
  });

  it('a missing or malformed Authorization header, or an unknown token, is 401 unauthenticated', async () => {
    const { api } = await start();
    const ann = await register(api, 'ann@example.com');
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: ann.token },
      { authorization: `Basic ${ann.token}` },
      { authorization: 'Bearer' },
      { authorization: 'Bearer ' },
      { authorization: `Bearer ${ann.token}x` },
      { authorization: `Bearer ${ann.token.slice(0, -1)}` },
      { authorization: "Bearer ' OR '1'='1" },
    ];
    for (const headers of cases) expectApiError(await api.get('/me', { headers }), 401, 'unauthenticated');
    expectApiError(await api.get('/courses', { headers: { authorization: 'Bearer nope' } }), 401, 'unauthenticated');
    expectStatus(await api.get('/me', { headers: ann.headers }), 200);
  });

  it('a session works until 24 hours after its creation, by the injected clock, and answers 401 from that moment on', async () => {
    const { api, clock } = await start();
    const ann = await register(api, 'ann@example.com');
    clock.advance(2 * HOUR);
    const later = await login(api, 'ann@example.com', PASSWORD);
    clock.advance(DAY - 2 * HOUR - 1);
    expectStatus(await api.get('/me', { headers: ann.headers }), 200);
    clock.advance(1);
    expectApiError(await api.get('/me', { headers: ann.headers }), 401, 'unauthenticated');
    expectStatus(await api.get('/me', { headers: later.headers }), 200);
    clock.advance(2 * HOUR);
    expectApiError(await api.get('/me', { headers: later.headers }), 401, 'unauthenticated');
  });

  it('POST /auth/logout answers 204 and ends only that session', async () => {
    const { api } = await start();
    const ann = await register(api, 'ann@example.com');
    const other = await login(api, 'ann@example.com', PASSWORD);
    const res = await api.post('/auth/logout', { headers: ann.headers });
    expectStatus(res, 204);
    expectApiError(await api.get('/me', { headers: ann.headers }), 401, 'unauthenticated');
    expectApiError(await api.post('/auth/logout', { headers: ann.headers }), 401, 'unauthenticated');
    expectStatus(await api.get('/me', { headers: other.headers }), 200);
    expectApiError(await api.post('/auth/logout'), 401, 'unauthenticated');
  });

  it('sign-up refuses bad fields with 400 naming them, and a taken email (in any case) with 409 conflict', async () => {
    const { api } = await start();
    await register(api, 'ann@example.com');
    const good = { email: 'bob@example.com', name: 'Bob', password: PASSWORD };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, email: 'bob' }, 'email'],
      [{ ...good, email: 'bob @example.com' }, 'email'],
      [{ ...good, email: 'bob@example' }, 'email'],
      [{ ...good, email: `${'b'.repeat(250)}@example.com` }, 'email'],
      [{ ...good, email: 7 }, 'email'],
      [{ ...good, name: '   ' }, 'name'],
      [{ ...good, name: 'n'.repeat(101) }, 'name'],
      [{ ...good, password: 'short12' }, 'password'],
      [{ ...good, password: 'p'.repeat(129) }, 'password'],
      [{ ...good, password: 12345678 }, 'password'],
      [{ email: good.email, name: good.name }, 'password'],
      [{ ...good, role: 'admin' }, 'role'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/auth/register', { json }), field);
    const taken = await api.post('/auth/register', { json: { ...good, email: 'ANN@example.com' } });
    expectApiError(taken, 409, 'conflict');
    expect((taken.json as { error: { details?: Array<{ field?: string }> } }).error.details?.map((d) => d.field), `${taken.request}: details name email`).toContain('email');
    expectApiError(await api.post('/auth/login', { json: { email: 'bob@example.com', password: PASSWORD } }), 401, 'invalid_credentials');
    const edge = await register(api, 'bob@example.com', 'n'.repeat(100), 'p'.repeat(8));
    expect(edge.user.role, 'a sign-up with a name of 100 characters and a password of 8').toBe('student');
    expectInvalid(await api.post('/auth/login', { json: { email: 'bob@example.com' } }), 'password');
    expectInvalid(await api.post('/auth/login', { json: { email: 5, password: PASSWORD } }), 'email');
  });
});

describe('Task 2: Courses, for admins only', () => {
  it('an admin creates a course: 201, Location, the code upper-cased, no seats taken; any signed-in user reads it', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const res = await api.post('/courses', { headers: admin.headers, json: { code: 'cs101', title: 'Programming', credits: 4, capacity: 30 } });
    expectStatus(res, 201);
    const course = expectCourse(res);
    expect(course, res.request).toEqual({ id: course.id, code: 'CS101', title: 'Programming', credits: 4, capacity: 30, enrolled: 0, waitlisted: 0, prerequisites: [] });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/courses/${course.id}`);
    expect(await getCourse(api, ann!, course.id), `GET /courses/${course.id} as a student`).toEqual(course);
    expect(await getCourse(api, admin, course.id), `GET /courses/${course.id} as the admin`).toEqual(course);
  });

  it('GET /courses lists every course by code, for students and admins', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const made: CourseJson[] = [];
    for (const code of ['MA201', 'CS101', 'bio1', 'CS20']) made.push(await createCourse(api, admin, code, { credits: 2, capacity: 5 }));
    const byCode = [...made].sort((a, b) => (a.code < b.code ? -1 : 1));
    for (const who of [ann!, admin]) {
      const res = await api.get('/courses', { headers: who.headers });
      expectStatus(res, 200);
      expect(res.json, `${res.request} as a ${who.user.role}: { items } by code (BIO1, CS101, CS20, MA201)`).toEqual({ items: byCode });
    }
  });

  it('a student creating a course is 403 forbidden, even with a broken body; no session is 401; nothing is created', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const json = { code: 'HACK1', title: 'Mine', credits: 1, capacity: 1 };
    expectApiError(await api.post('/courses', { headers: ann!.headers, json }), 403, 'forbidden');
    expectApiError(await api.post('/courses', { headers: ann!.headers, json: { code: 7 } }), 403, 'forbidden');
    expectApiError(await api.post('/courses', { headers: { ...ann!.headers, 'content-type': 'application/json' }, body: '{"code":' }), 403, 'forbidden');
    expectApiError(await api.post('/courses', { json }), 401, 'unauthenticated');
    expectApiError(await api.post('/courses', { json: { code: 7 } }), 401, 'unauthenticated');
    expectApiError(await api.get('/courses'), 401, 'unauthenticated');
    expectApiError(await api.get('/courses/1'), 401, 'unauthenticated');
    const list = await api.get('/courses', { headers: admin.headers });
    expect(list.json, 'GET /courses after the refused creations').toEqual({ items: [] });
  });

  it('bad course fields are 400 naming them, a taken code (in any case) is 409 conflict naming code', async () => {
    const { api } = await start();
    const [admin] = await people(api, 0);
    const taken = await createCourse(api, admin, 'CS101');
    const good = { code: 'MA101', title: 'Calculus', credits: 3, capacity: 10 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, code: 'M' }, 'code'],
      [{ ...good, code: '1MA' }, 'code'],
      [{ ...good, code: 'MA-101' }, 'code'],
      [{ ...good, code: 'M'.repeat(13) }, 'code'],
      [{ ...good, code: "MA'; DROP TABLE courses;--" }, 'code'],
      [{ ...good, title: ' ' }, 'title'],
      [{ ...good, title: 't'.repeat(201) }, 'title'],
      [{ ...good, credits: 0 }, 'credits'],
      [{ ...good, credits: 11 }, 'credits'],
      [{ ...good, credits: 2.5 }, 'credits'],
      [{ ...good, credits: '3' }, 'credits'],
      [{ ...good, capacity: 0 }, 'capacity'],
      [{ ...good, capacity: 1001 }, 'capacity'],
      [{ code: good.code, title: good.title, credits: 3 }, 'capacity'],
      [{ ...good, enrolled: 3 }, 'enrolled'],
    ];
    for (const [json, field] of cases) expectInvalid(await api.post('/courses', { headers: admin.headers, json }), field);
    const dup = await api.post('/courses', { headers: admin.headers, json: { ...good, code: 'cs101' } });
    expectApiError(dup, 409, 'conflict');
    expect((dup.json as { error: { details?: Array<{ field?: string }> } }).error.details?.map((d) => d.field), `${dup.request}: details name code`).toContain('code');
    const list = await api.get('/courses', { headers: admin.headers });
    expect(list.json, 'GET /courses after only refused creations').toEqual({ items: [taken] });
    const edges = await createCourse(api, admin, 'Ab', { title: 't'.repeat(200), credits: 10, capacity: 1000 });
    expect([edges.code, edges.credits, edges.capacity], 'a course at the edges: code of 2, credits 10, capacity 1000').toEqual(['AB', 10, 1000]);
    await createCourse(api, admin, 'Z12345678901', { credits: 1, capacity: 1 });
  });

  it('unknown or malformed course ids are 404, other methods 405 with Allow', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const course = await createCourse(api, admin, 'CS101');
    for (const id of ['999', '0', 'abc', '1.5', `${course.id}x`]) expectApiError(await api.get(`/courses/${id}`, { headers: ann!.headers }), 404, 'not_found');
    expectApiError(await api.get('/nowhere', { headers: ann!.headers }), 404, 'not_found');
    const cases: Array<[string, string, string[]]> = [
      ['DELETE', '/courses', ['GET', 'HEAD', 'POST']],
      ['POST', `/courses/${course.id}`, ['GET', 'HEAD']],
      ['GET', '/auth/login', ['POST']],
      ['PUT', '/me', ['GET', 'HEAD']],
    ];
    for (const [method, path, allow] of cases) {
      const res = await api.request(method, path, { headers: admin.headers });
      expectApiError(res, 405, 'method_not_allowed');
      expectAllow(res, allow);
    }
  });
});

describe('Task 3: Prerequisites without cycles', () => {
  it('PUT /courses/:id/prerequisites/:prerequisiteId adds an edge (once, however often it is sent) and answers the course with its prerequisites ascending', async () => {
    const { api, dbFile } = await start();
    const [admin, ann] = await people(api, 1);
    const [a, b, c] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'MA101'), await createCourse(api, admin, 'CS201')];
    expect((await requires(api, admin, c.id, b.id)).prerequisites, `PUT /courses/${c.id}/prerequisites/${b.id}`).toEqual([b.id]);
    const after = await requires(api, admin, c.id, a.id);
    expect(after, `PUT /courses/${c.id}/prerequisites/${a.id}: the course with both prerequisites, ascending`).toEqual({ ...c, prerequisites: [a.id, b.id] });
    expect(await requires(api, admin, c.id, a.id), 'the same PUT again changes nothing').toEqual(after);
    expect(await getCourse(api, ann!, c.id), `GET /courses/${c.id}`).toEqual(after);
    expect((await getCourse(api, ann!, a.id)).prerequisites, `GET /courses/${a.id}: edges belong to the course that requires`).toEqual([]);
    expect(edgeRows(dbFile), 'rows of the prerequisites table (course_id->prerequisite_id)').toEqual([`${c.id}->${a.id}`, `${c.id}->${b.id}`].sort());
  });

  it('an edge back to a course that requires this one (a direct cycle), or to itself, is 409 prerequisite_cycle and stores nothing', async () => {
    const { api, dbFile } = await start();
    const [admin] = await people(api, 0);
    const [a, b] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'CS201')];
    await requires(api, admin, b.id, a.id);
    expectApiError(await api.put(`/courses/${a.id}/prerequisites/${b.id}`, { headers: admin.headers }), 409, 'prerequisite_cycle');
    expectApiError(await api.put(`/courses/${a.id}/prerequisites/${a.id}`, { headers: admin.headers }), 409, 'prerequisite_cycle');
    expect(edgeRows(dbFile), 'rows of the prerequisites table after the refused edges').toEqual([`${b.id}->${a.id}`]);
  });

  it('an edge that closes a longer cycle (through two or three other courses) is 409 prerequisite_cycle and stores nothing', async () => {
    const { api, dbFile } = await start();
    const [admin] = await people(api, 0);
    const ids: number[] = [];
    for (const code of ['C1', 'C2', 'C3', 'C4']) ids.push((await createCourse(api, admin, code)).id);
    const [c1, c2, c3, c4] = ids as [number, number, number, number];
    await requires(api, admin, c2, c1);
    await requires(api, admin, c3, c2);
    const before = edgeRows(dbFile);
    const res = await api.put(`/courses/${c1}/prerequisites/${c3}`, { headers: admin.headers });
    expectApiError(res, 409, 'prerequisite_cycle');
    await requires(api, admin, c4, c3);
    expectApiError(await api.put(`/courses/${c1}/prerequisites/${c4}`, { headers: admin.headers }), 409, 'prerequisite_cycle');
    expectApiError(await api.put(`/courses/${c2}/prerequisites/${c4}`, { headers: admin.headers }), 409, 'prerequisite_cycle');
    expect(edgeRows(dbFile), 'rows of the prerequisites table after the refused edges').toEqual([...before, `${c4}->${c3}`].sort());
  });

  it('edges that share courses without closing a cycle are accepted (a diamond, a shortcut)', async () => {
    const { api } = await start();
    const [admin] = await people(api, 0);
    const ids: number[] = [];
    for (const code of ['TOP1', 'LEFT1', 'RIGHT1', 'BASE1', 'OTHER1']) ids.push((await createCourse(api, admin, code)).id);
    const [top, left, right, base, other] = ids as [number, number, number, number, number];
    await requires(api, admin, top, left);
    await requires(api, admin, top, right);
    await requires(api, admin, left, base);
    await requires(api, admin, right, base);
    expect((await requires(api, admin, top, base)).prerequisites, 'TOP1 also requires BASE1 directly (a shortcut, not a cycle)').toEqual([left, right, base].sort((x, y) => x - y));
    await requires(api, admin, other, top);
    await requires(api, admin, base, 0 + (await createCourse(api, admin, 'ROOT1')).id);
    expectApiError(await api.put(`/courses/${base}/prerequisites/${other}`, { headers: admin.headers }), 409, 'prerequisite_cycle');
  });

  it('DELETE removes an edge (204), after which the reverse edge is allowed; an edge that is not there is 404', async () => {
    const { api, dbFile } = await start();
    const [admin] = await people(api, 0);
    const [a, b] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'CS201')];
    await requires(api, admin, b.id, a.id);
    expectStatus(await api.delete(`/courses/${b.id}/prerequisites/${a.id}`, { headers: admin.headers }), 204);
    expect(edgeRows(dbFile), 'rows of the prerequisites table after the DELETE').toEqual([]);
    expectApiError(await api.delete(`/courses/${b.id}/prerequisites/${a.id}`, { headers: admin.headers }), 404, 'not_found');
    expect((await requires(api, admin, a.id, b.id)).prerequisites, 'the reverse edge, once the first is gone').toEqual([b.id]);
  });

  it('unknown courses are 404; a student is 403, no session 401; nothing is stored', async () => {
    const { api, dbFile } = await start();
    const [admin, ann] = await people(api, 1);
    const [a, b] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'CS201')];
    for (const path of [`/courses/999/prerequisites/${a.id}`, `/courses/${a.id}/prerequisites/999`, `/courses/${a.id}/prerequisites/x`]) {
      expectApiError(await api.put(path, { headers: admin.headers }), 404, 'not_found');
    }
    expectApiError(await api.put(`/courses/${b.id}/prerequisites/${a.id}`, { headers: ann!.headers }), 403, 'forbidden');
    expectApiError(await api.put(`/courses/${b.id}/prerequisites/999`, { headers: ann!.headers }), 403, 'forbidden');
    expectApiError(await api.put(`/courses/${b.id}/prerequisites/${a.id}`), 401, 'unauthenticated');
    await requires(api, admin, b.id, a.id);
    expectApiError(await api.delete(`/courses/${b.id}/prerequisites/${a.id}`, { headers: ann!.headers }), 403, 'forbidden');
    expect(edgeRows(dbFile), 'rows of the prerequisites table').toEqual([`${b.id}->${a.id}`]);
    const res = await api.request('GET', `/courses/${b.id}/prerequisites/${a.id}`, { headers: admin.headers });
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['PUT', 'DELETE']);
  });

  it('the prerequisites table itself refuses a course requiring itself, a second copy of an edge and an unknown course', async () => {
    const { api, dbFile } = await start();
    const [admin] = await people(api, 0);
    const [a, b, c] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'CS201'), await createCourse(api, admin, 'CS301')];
    await requires(api, admin, b.id, a.id);
    await api.close();
    const edge = (row: Row) => row.course_id === b.id && row.prerequisite_id === a.id;
    const copy = (changes: Row) => tryInsertCopy(dbFile, edge, (row, table) => (table === 'prerequisites' ? { ...row, ...changes } : row));
    expect(copy({ course_id: a.id, prerequisite_id: a.id }), 'INSERT INTO prerequisites a row with course_id = prerequisite_id (a CHECK)').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(copy({}), 'INSERT INTO prerequisites a second row for the same edge (a primary key or unique index)').toMatch(/^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/);
    expect(copy({ prerequisite_id: 999 }), 'INSERT INTO prerequisites a row naming course 999 (a foreign key to courses)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(copy({ course_id: 999 }), 'INSERT INTO prerequisites a row for course 999 (a foreign key to courses)').toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(copy({ course_id: c.id }), `INSERT INTO prerequisites a new edge ${c.id}->${a.id} (allowed)`).toBeNull();
  });
});

describe('Task 4: Enrol, drop and the waitlist', () => {
  it('POST /enrolments enrols the student: 201, Location, status enrolled; the course counts the seat, and the student reads it back', async () => {
    const { api, dbFile } = await start();
    const [admin, ann] = await people(api, 1);
    const course = await createCourse(api, admin, 'CS101', { capacity: 2 });
    const res = await api.post('/enrolments', { headers: ann!.headers, json: { courseId: course.id } });
    expectStatus(res, 201);
    const enrolment = expectEnrolment(res);
    expect(enrolment, res.request).toEqual({ id: enrolment.id, courseId: course.id, studentId: ann!.user.id, status: 'enrolled', position: null, grade: null });
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/enrolments/${enrolment.id}`);
    expect(await getEnrolment(api, ann!, enrolment.id), `GET /enrolments/${enrolment.id}`).toEqual(enrolment);
    const list = await api.get('/enrolments', { headers: ann!.headers });
    expectStatus(list, 200);
    expect(list.json, `${list.request}: { items } with the enrolment`).toEqual({ items: [enrolment] });
    expect(await getCourse(api, ann!, course.id), `GET /courses/${course.id}`).toMatchObject({ enrolled: 1, waitlisted: 0 });
    const row = withRawDb(dbFile, (db) => db.prepare('SELECT student_id, course_id, status FROM enrolments WHERE id = ?').get(enrolment.id));
    expect(row, `the enrolments row with id ${enrolment.id}`).toEqual({ student_id: ann!.user.id, course_id: course.id, status: 'enrolled' });
  });

  it('once every seat is taken, students join the waitlist in order: 201 with status waitlisted and positions 1, 2, 3', async () => {
    const { api, dbFile } = await start();
    const [admin, ...students] = await people(api, 5);
    const course = await createCourse(api, admin, 'CS101', { capacity: 2 });
    const made: EnrolmentJson[] = [];
    for (const student of students) made.push(await enrol(api, student, course.id));
    expect(made.map((e) => [e.status, e.position]), 'five enrolments in a course of capacity 2: [status, position]').toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    expect(await getCourse(api, admin, course.id), `GET /courses/${course.id}`).toMatchObject({ enrolled: 2, waitlisted: 3 });
    const roster = await api.get(`/courses/${course.id}/roster`, { headers: admin.headers });
    expectStatus(roster, 200);
    expect(roster.json, `${roster.request}: { enrolled, waitlisted }`).toEqual({ enrolled: made.slice(0, 2), waitlisted: made.slice(2) });
    expect([statusCount(dbFile, course.id, 'enrolled'), statusCount(dbFile, course.id, 'waitlisted')], 'rows of the enrolments table: enrolled, waitlisted').toEqual([2, 3]);
  });

  it('a drop frees the seat for the FIRST student on the waitlist, at once; everyone behind moves up one place', async () => {
    const { api, dbFile } = await start();
    const [admin, s1, s2, s3, s4, s5] = await people(api, 5);
    const course = await createCourse(api, admin, 'CS101', { capacity: 2 });
    const made: EnrolmentJson[] = [];
    for (const student of [s1!, s2!, s3!, s4!, s5!]) made.push(await enrol(api, student, course.id));
    const res = await api.delete(`/enrolments/${made[0]!.id}`, { headers: s1!.headers });
    expectStatus(res, 204);
    expect(await getEnrolment(api, s3!, made[2]!.id), 'the enrolment of the student who waited longest (position 1) after a drop').toMatchObject({ status: 'enrolled', position: null });
    expect(await getEnrolment(api, s4!, made[3]!.id), 'the next student on the waitlist').toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await getEnrolment(api, s5!, made[4]!.id), 'the last student on the waitlist').toMatchObject({ status: 'waitlisted', position: 2 });
    expectApiError(await api.get(`/enrolments/${made[0]!.id}`, { headers: s1!.headers }), 404, 'not_found');
    expect((await api.get('/enrolments', { headers: s1!.headers })).json, 'GET /enrolments of the student who dropped').toEqual({ items: [] });
    expect(await getCourse(api, admin, course.id), `GET /courses/${course.id} after the drop`).toMatchObject({ enrolled: 2, waitlisted: 2 });
    expect([statusCount(dbFile, course.id, 'enrolled'), statusCount(dbFile, course.id, 'waitlisted')], 'rows of the enrolments table after the drop: enrolled, waitlisted').toEqual([2, 2]);
    const again = await enrol(api, s1!, course.id);
    expect([again.status, again.position], 'the student who dropped enrols again: the end of the waitlist').toEqual(['waitlisted', 3]);
  });

  it('dropping a waitlisted enrolment takes it off the list without promoting anyone', async () => {
    const { api } = await start();
    const [admin, s1, s2, s3, s4] = await people(api, 4);
    const course = await createCourse(api, admin, 'CS101', { capacity: 1 });
    const made: EnrolmentJson[] = [];
    for (const student of [s1!, s2!, s3!, s4!]) made.push(await enrol(api, student, course.id));
    expectStatus(await api.delete(`/enrolments/${made[2]!.id}`, { headers: s3!.headers }), 204);
    expect(await getEnrolment(api, s2!, made[1]!.id), 'position 1 of the waitlist stays waiting').toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await getEnrolment(api, s4!, made[3]!.id), 'position 3 moves up to 2').toMatchObject({ status: 'waitlisted', position: 2 });
    expect(await getCourse(api, admin, course.id), `GET /courses/${course.id}`).toMatchObject({ enrolled: 1, waitlisted: 2 });
  });

  it("another student's enrolment answers 404, exactly like one that does not exist, and cannot be dropped", async () => {
    const { api } = await start();
    const [admin, ann, bob] = await people(api, 2);
    const course = await createCourse(api, admin, 'CS101');
    const annsOwn = await enrol(api, ann!, course.id);
    const read = await api.get(`/enrolments/${annsOwn.id}`, { headers: bob!.headers });
    expectApiError(read, 404, 'not_found');
    expectApiError(await api.delete(`/enrolments/${annsOwn.id}`, { headers: bob!.headers }), 404, 'not_found');
    expectApiError(await api.get('/enrolments/999', { headers: bob!.headers }), 404, 'not_found');
    expectApiError(await api.delete('/enrolments/999', { headers: bob!.headers }), 404, 'not_found');
    expect((await api.get('/enrolments', { headers: bob!.headers })).json, "GET /enrolments as Bob: none of Ann's").toEqual({ items: [] });
    expect(await getEnrolment(api, ann!, annsOwn.id), "Ann's enrolment after Bob's attempts").toEqual(annsOwn);
    for (const id of ['abc', '0', '-1', '1.0']) expectApiError(await api.get(`/enrolments/${id}`, { headers: ann!.headers }), 404, 'not_found');
  });

  it('the enrolment routes are for students (an admin is 403), the roster for admins (a student is 403), and all need a session', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const course = await createCourse(api, admin, 'CS101');
    const own = await enrol(api, ann!, course.id);
    expectApiError(await api.post('/enrolments', { headers: admin.headers, json: { courseId: course.id } }), 403, 'forbidden');
    expectApiError(await api.get('/enrolments', { headers: admin.headers }), 403, 'forbidden');
    expectApiError(await api.get(`/enrolments/${own.id}`, { headers: admin.headers }), 403, 'forbidden');
    expectApiError(await api.delete(`/enrolments/${own.id}`, { headers: admin.headers }), 403, 'forbidden');
    expectApiError(await api.get(`/courses/${course.id}/roster`, { headers: ann!.headers }), 403, 'forbidden');
    expectApiError(await api.post('/enrolments', { json: { courseId: course.id } }), 401, 'unauthenticated');
    expectApiError(await api.get('/enrolments'), 401, 'unauthenticated');
    expectApiError(await api.delete(`/enrolments/${own.id}`), 401, 'unauthenticated');
    expectApiError(await api.get(`/courses/${course.id}/roster`), 401, 'unauthenticated');
    expectApiError(await api.get('/courses/999/roster', { headers: admin.headers }), 404, 'not_found');
    expect(await getEnrolment(api, ann!, own.id), 'the enrolment after the refused requests').toEqual(own);
  });

  it('enrolling twice is 409 already_enrolled; unknown courses 404; bad bodies 400 naming courseId', async () => {
    const { api } = await start();
    const [admin, ann, bob] = await people(api, 2);
    const course = await createCourse(api, admin, 'CS101', { capacity: 1 });
    await enrol(api, ann!, course.id);
    await enrol(api, bob!, course.id);
    expectApiError(await api.post('/enrolments', { headers: ann!.headers, json: { courseId: course.id } }), 409, 'already_enrolled');
    expectApiError(await api.post('/enrolments', { headers: bob!.headers, json: { courseId: course.id } }), 409, 'already_enrolled');
    expectApiError(await api.post('/enrolments', { headers: ann!.headers, json: { courseId: 999 } }), 404, 'not_found');
    for (const json of [{}, { courseId: '1' }, { courseId: 0 }, { courseId: -2 }, { courseId: 1.5 }, { courseId: null }]) {
      expectInvalid(await api.post('/enrolments', { headers: ann!.headers, json }), 'courseId');
    }
    expectInvalid(await api.post('/enrolments', { headers: ann!.headers, json: { courseId: course.id, status: 'enrolled' } }), 'status');
    expect(await getCourse(api, admin, course.id), `GET /courses/${course.id} after the refused enrolments`).toMatchObject({ enrolled: 1, waitlisted: 1 });
  });

  it('a course whose direct prerequisites are not passed is 409 prerequisites_missing listing each missing course id, ascending; nothing is stored', async () => {
    const { api, dbFile } = await start();
    const [admin, ann] = await people(api, 1);
    const [a, b, c, d] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'MA101'), await createCourse(api, admin, 'CS201', { capacity: 1 }), await createCourse(api, admin, 'CS301')];
    await requires(api, admin, c.id, b.id);
    await requires(api, admin, c.id, a.id);
    await requires(api, admin, d.id, c.id);
    const res = await api.post('/enrolments', { headers: ann!.headers, json: { courseId: c.id } });
    expectApiError(res, 409, 'prerequisites_missing');
    const details = (res.json as { error: { details?: Array<{ courseId?: number }> } }).error.details;
    expect(details?.map((entry) => entry.courseId), `${res.request}: details name each missing prerequisite by courseId, ascending`).toEqual([a.id, b.id]);
    const direct = await api.post('/enrolments', { headers: ann!.headers, json: { courseId: d.id } });
    expectApiError(direct, 409, 'prerequisites_missing');
    expect((direct.json as { error: { details?: Array<{ courseId?: number }> } }).error.details?.map((entry) => entry.courseId), `${direct.request}: only the direct prerequisite`).toEqual([c.id]);
    expect(withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM enrolments').pluck().get()), 'rows of the enrolments table after the refusals').toBe(0);
    const free = await enrol(api, ann!, a.id);
    expect(free.status, 'a course without prerequisites').toBe('enrolled');
    await requires(api, admin, a.id, b.id);
    expectApiError(await api.post('/enrolments', { headers: ann!.headers, json: { courseId: a.id } }), 409, 'already_enrolled');
  });

  it('the enrolments table itself refuses a second active row of one student in one course', async () => {
    const { api, dbFile } = await start();
    const [admin, ann] = await people(api, 1);
    const course = await createCourse(api, admin, 'CS101');
    const other = await createCourse(api, admin, 'CS102');
    const own = await enrol(api, ann!, course.id);
    await api.close();
    const match = (row: Row) => row.id === own.id && row.student_id === ann!.user.id && row.course_id === course.id;
    expect(tryInsertCopy(dbFile, match), 'INSERT INTO enrolments a copy of an enrolled row, another id (a unique index on student and course)').toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
    expect(tryInsertCopy(dbFile, match, (row) => ({ ...row, status: 'waitlisted' })), 'the same copy as waitlisted').toMatch(/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/);
    expect(tryInsertCopy(dbFile, match, (row) => ({ ...row, course_id: other.id })), 'a copy for another course (allowed)').toBeNull();
  });
});

/** Enrols `student` in new courses with these credits and grades them: the enrolments. */
async function gradedCourses(api: TestServer, admin: Who, student: Who, prefix: string, grades: Array<[number, string]>): Promise<EnrolmentJson[]> {
  const made: EnrolmentJson[] = [];
  for (const [i, [credits, letter]] of grades.entries()) {
    const course = await createCourse(api, admin, `${prefix}${i + 1}`, { credits });
    made.push(await grade(api, admin, (await enrol(api, student, course.id)).id, letter));
  }
  return made;
}

describe('Task 5: Grades and GPA', () => {
  it('an admin grades an enrolment (a new grade replaces the old); the transcript lists graded courses by code with points, credits and the GPA', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const math = await createCourse(api, admin, 'MA101', { title: 'Calculus', credits: 3 });
    const prog = await createCourse(api, admin, 'CS101', { title: 'Programming', credits: 1 });
    const bio = await createCourse(api, admin, 'BIO1', { credits: 2 });
    const m = await enrol(api, ann!, math.id);
    const p = await enrol(api, ann!, prog.id);
    await enrol(api, ann!, bio.id);
    expect(await transcript(api, ann!, ann!.user.id), 'the transcript before any grade').toEqual({ studentId: ann!.user.id, courses: [], credits: 0, gpa: null });
    const res = await api.put(`/enrolments/${m.id}/grade`, { headers: admin.headers, json: { grade: 'C' } });
    expectStatus(res, 200);
    expect(expectEnrolment(res), res.request).toEqual({ ...m, grade: 'C' });
    expect(await grade(api, admin, m.id, 'B+'), 'a second grade replaces the first').toEqual({ ...m, grade: 'B+' });
    await grade(api, admin, p.id, 'A');
    expect(await getEnrolment(api, ann!, p.id), 'the graded enrolment, as the student reads it').toEqual({ ...p, grade: 'A' });
    const mine = await transcript(api, ann!, ann!.user.id);
    expect(mine, `GET /students/${ann!.user.id}/transcript: (4.0 x 1 + 3.3 x 3) / 4 = 3.475, rounded half up`).toEqual({
      studentId: ann!.user.id,
      courses: [
        { courseId: prog.id, code: 'CS101', title: 'Programming', credits: 1, grade: 'A', points: 4 },
        { courseId: math.id, code: 'MA101', title: 'Calculus', credits: 3, grade: 'B+', points: 3.3 },
      ],
      credits: 4,
      gpa: 3.48,
    });
    expect(await transcript(api, admin, ann!.user.id), 'the same transcript, read by the admin').toEqual(mine);
  });

  it('the GPA is credit-weighted, counts an F, and rounds half up to two decimals exactly, also where floating point lands just below .xx5', async () => {
    const { api } = await start();
    const [admin, s1, s2, s3, s4, s5] = await people(api, 5);
    const cases: Array<[Who, Array<[number, string]>, number, string]> = [
      [s1!, [[1, 'A-'], [3, 'C']], 2.43, '(3.7 x 1 + 2.0 x 3) / 4 = 2.425'],
      [s2!, [[3, 'B+'], [5, 'C+']], 2.68, '(3.3 x 3 + 2.3 x 5) / 8 = 2.675'],
      [s3!, [[2, 'B'], [1, 'B-'], [4, 'F']], 1.24, '(3.0 x 2 + 2.7 x 1 + 0 x 4) / 7 = 1.2428...'],
      [s4!, [[3, 'B+'], [1, 'C']], 2.98, '(3.3 x 3 + 2.0 x 1) / 4 = 2.975'],
      [s5!, [[2, 'A'], [1, 'C-'], [3, 'D']], 2.12, '(4.0 x 2 + 1.7 x 1 + 1.0 x 3) / 6 = 2.1166...'],
    ];
    for (const [student, grades, , why] of cases) {
      await gradedCourses(api, admin, student, `G${student.user.id}X`, grades);
      void why;
    }
    for (const [student, grades, expected, why] of cases) {
      const body = await transcript(api, admin, student.user.id);
      expect(body.gpa, `GPA of ${grades.map(([c, g]) => `${g} (${c} credits)`).join(', ')}: ${why}, rounded half up`).toBe(expected);
      expect(body.credits, 'credits of the graded courses').toBe(grades.reduce((sum, [c]) => sum + c, 0));
    }
  });

  it('a prerequisite is passed with C or better: C- and F are not enough, a grade of C lets the student enrol', async () => {
    const { api } = await start();
    const [admin, ann, bob] = await people(api, 2);
    const [base, next] = [await createCourse(api, admin, 'CS101'), await createCourse(api, admin, 'CS201')];
    await requires(api, admin, next.id, base.id);
    const annBase = await enrol(api, ann!, base.id);
    const bobBase = await enrol(api, bob!, base.id);
    await grade(api, admin, annBase.id, 'C-');
    await grade(api, admin, bobBase.id, 'F');
    for (const who of [ann!, bob!]) {
      const res = await api.post('/enrolments', { headers: who.headers, json: { courseId: next.id } });
      expectApiError(res, 409, 'prerequisites_missing');
      expect((res.json as { error: { details?: Array<{ courseId?: number }> } }).error.details?.map((d) => d.courseId), `${res.request} with a C- or an F in ${base.code}`).toEqual([base.id]);
    }
    await grade(api, admin, annBase.id, 'C');
    expect((await enrol(api, ann!, next.id)).status, `enrolling in ${next.code} with a C in ${base.code}`).toBe('enrolled');
    await grade(api, admin, bobBase.id, 'A');
    expect((await enrol(api, bob!, next.id)).status, `enrolling in ${next.code} with an A in ${base.code}`).toBe('enrolled');
    expectApiError(await api.post('/enrolments', { headers: ann!.headers, json: { courseId: base.id } }), 409, 'already_enrolled');
  });

  it('grading: bad grades are 400, an unknown enrolment 404, a waitlisted one 409 conflict, a student 403; a graded enrolment cannot be dropped (409)', async () => {
    const { api } = await start();
    const [admin, ann, bob] = await people(api, 2);
    const course = await createCourse(api, admin, 'CS101', { capacity: 1 });
    const seat = await enrol(api, ann!, course.id);
    const waiting = await enrol(api, bob!, course.id);
    for (const json of [{}, { grade: 'b+' }, { grade: 'E' }, { grade: 'A+' }, { grade: 4 }, { grade: null }, { grade: ' A' }]) {
      expectInvalid(await api.put(`/enrolments/${seat.id}/grade`, { headers: admin.headers, json }), 'grade');
    }
    expectInvalid(await api.put(`/enrolments/${seat.id}/grade`, { headers: admin.headers, json: { grade: 'A', points: 4 } }), 'points');
    expectApiError(await api.put('/enrolments/999/grade', { headers: admin.headers, json: { grade: 'A' } }), 404, 'not_found');
    expectApiError(await api.put(`/enrolments/${waiting.id}/grade`, { headers: admin.headers, json: { grade: 'A' } }), 409, 'conflict');
    expectApiError(await api.put(`/enrolments/${seat.id}/grade`, { headers: ann!.headers, json: { grade: 'A' } }), 403, 'forbidden');
    expectApiError(await api.put(`/enrolments/${seat.id}/grade`, { json: { grade: 'A' } }), 401, 'unauthenticated');
    expect(await getEnrolment(api, ann!, seat.id), 'the enrolment after only refused grades').toEqual(seat);
    expect(await getEnrolment(api, bob!, waiting.id), 'the waitlisted enrolment after the refused grade').toEqual(waiting);
    await grade(api, admin, seat.id, 'D');
    expectApiError(await api.delete(`/enrolments/${seat.id}`, { headers: ann!.headers }), 409, 'conflict');
    expect(await getEnrolment(api, bob!, waiting.id), 'the waitlist after the refused drop: nobody promoted').toMatchObject({ status: 'waitlisted', position: 1 });
  });

  it("a student reads only their own transcript (another's is 404); the admin reads any student's; unknown ids and the admin's own id are 404", async () => {
    const { api } = await start();
    const [admin, ann, bob] = await people(api, 2);
    await gradedCourses(api, admin, bob!, 'B', [[2, 'B']]);
    expectApiError(await api.get(`/students/${bob!.user.id}/transcript`, { headers: ann!.headers }), 404, 'not_found');
    expectApiError(await api.get('/students/999/transcript', { headers: ann!.headers }), 404, 'not_found');
    expect((await transcript(api, admin, bob!.user.id)).gpa, "Bob's GPA, read by the admin").toBe(3);
    expect((await transcript(api, bob!, bob!.user.id)).gpa, 'Bob reads his own').toBe(3);
    expectApiError(await api.get('/students/999/transcript', { headers: admin.headers }), 404, 'not_found');
    expectApiError(await api.get(`/students/${admin.user.id}/transcript`, { headers: admin.headers }), 404, 'not_found');
    expectApiError(await api.get('/students/abc/transcript', { headers: admin.headers }), 404, 'not_found');
    expectApiError(await api.get(`/students/${bob!.user.id}/transcript`), 401, 'unauthenticated');
  });
});

/** Students, courses of 4 seats each: the app is closed afterwards, for four processes to share the file. */
const RUSH_STUDENTS = 16;
const RUSH_COURSES = 6;
const SEATS = 4;
/**
 * Four processes queue for one write lock, and on a loaded machine a process can be paused while
 * it holds it: an answer may take longer than the usual 5 s without anything being wrong.
 */
const RUSH_WAIT_MS = 30_000;

async function rushSetup(): Promise<{ dbFile: string; students: Who[]; admin: Who; courses: CourseJson[] }> {
  const { api, dbFile } = await start();
  // One sign-up after the other: scrypt is slow on purpose, and a server may hash with
  // scryptSync, answering sign-ups one at a time (the SPEC allows it).
  const [admin, ...students] = await people(api, RUSH_STUDENTS);
  const courses: CourseJson[] = [];
  for (let i = 1; i <= RUSH_COURSES; i += 1) courses.push(await createCourse(api, admin, `LAB${i}`, { capacity: SEATS }));
  await api.close();
  return { dbFile, students, admin, courses };
}

function startFour(dbFile: string) {
  return startAppProcesses(4, { options: { dbFile, adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD }, start: START });
}

describe('Task 6: Four servers and hostile input', () => {
  it('16 students each enrol in 6 courses of 4 seats at once, through four app processes: each course gets exactly 4 enrolled and 12 waitlisted at positions 1 to 12, never a 5xx', async () => {
    const { dbFile, students, admin, courses } = await rushSetup();
    const { apps, stderr } = await startFour(dbFile);
    const requests = students.flatMap((student) => courses.map((course) => ({ student, course })));
    const answers = await Promise.all(requests.map(({ student, course }, i) => apps[i % 4]!.post('/enrolments', { headers: student.headers, json: { courseId: course.id }, timeoutMs: RUSH_WAIT_MS })));
    const wrong = answers.filter((res) => res.status !== 201);
    expect(
      wrong.slice(0, 5).map((res) => `${res.status} ${res.text.slice(0, 120)}`),
      `${requests.length} POST /enrolments sent to four app processes at once: each should answer 201 (enrolled or waitlisted), never a 5xx (one transaction with { behavior: 'immediate' }). Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    const made = answers.map((res) => res.json as EnrolmentJson);
    const problems: string[] = [];
    for (const course of courses) {
      const mine = made.filter((e) => e.courseId === course.id);
      const enrolled = mine.filter((e) => e.status === 'enrolled').length;
      const positions = mine.filter((e) => e.status === 'waitlisted').map((e) => e.position!).sort((x, y) => x - y);
      if (enrolled !== SEATS) problems.push(`${course.code}: ${enrolled} answers with status enrolled for ${SEATS} seats`);
      if (positions.join() !== Array.from({ length: RUSH_STUDENTS - SEATS }, (_, i) => i + 1).join()) problems.push(`${course.code}: waitlist positions ${positions.join(', ')}`);
      const rows = [statusCount(dbFile, course.id, 'enrolled'), statusCount(dbFile, course.id, 'waitlisted')];
      if (rows.join() !== `${SEATS},${RUSH_STUDENTS - SEATS}`) problems.push(`${course.code}: enrolments rows enrolled, waitlisted = ${rows.join(', ')}`);
    }
    expect(problems, `each course of ${SEATS} seats after ${RUSH_STUDENTS} students enrolled at once: exactly ${SEATS} enrolled (more is an over-full course), the others waitlisted at positions 1 to ${RUSH_STUDENTS - SEATS}, each once`).toEqual([]);
    const roster = await apps[2]!.get(`/courses/${courses[0]!.id}/roster`, { headers: admin.headers });
    expectStatus(roster, 200);
    const byPosition = made.filter((e) => e.courseId === courses[0]!.id && e.status === 'waitlisted').sort((x, y) => x.position! - y.position!);
    expect((roster.json as { waitlisted: EnrolmentJson[] }).waitlisted.map((e) => e.id), `${roster.request}: the waitlist in the order of the positions the 201 answers gave`).toEqual(byPosition.map((e) => e.id));
  }, 60_000);

  it('the enrolled students of 6 full courses drop at once through four processes: each freed seat goes to the head of its waitlist, in order, and every course stays exactly full', async () => {
    const { dbFile, students, admin, courses } = await rushSetup();
    const { apps, stderr } = await startFour(dbFile);
    const made = new Map<number, Array<{ who: Who; enrolment: EnrolmentJson }>>();
    for (const course of courses) {
      const list: Array<{ who: Who; enrolment: EnrolmentJson }> = [];
      for (const [i, student] of students.entries()) {
        const res = await apps[i % 4]!.post('/enrolments', { headers: student.headers, json: { courseId: course.id } });
        expectStatus(res, 201);
        list.push({ who: student, enrolment: res.json as EnrolmentJson });
      }
      made.set(course.id, list);
    }
    const leaving = courses.flatMap((course) => made.get(course.id)!.slice(0, SEATS));
    const drops = await Promise.all(leaving.map(({ who, enrolment }, i) => apps[i % 4]!.delete(`/enrolments/${enrolment.id}`, { headers: who.headers, timeoutMs: RUSH_WAIT_MS })));
    expect(
      drops.filter((res) => res.status !== 204).map((res) => `${res.status} ${res.text.slice(0, 120)}`),
      `${leaving.length} drops sent to four processes at once should each answer 204. Server stderr:\n${stderr().slice(-600)}`,
    ).toEqual([]);
    for (const course of courses) {
      const list = made.get(course.id)!;
      expect([statusCount(dbFile, course.id, 'enrolled'), statusCount(dbFile, course.id, 'waitlisted')], `rows of the enrolments table of ${course.code} after its ${SEATS} enrolled students dropped: enrolled, waitlisted`).toEqual([SEATS, RUSH_STUDENTS - 2 * SEATS]);
      const roster = await apps[1]!.get(`/courses/${course.id}/roster`, { headers: admin.headers });
      expectStatus(roster, 200);
      const { enrolled, waitlisted } = roster.json as { enrolled: EnrolmentJson[]; waitlisted: EnrolmentJson[] };
      expect(enrolled.map((e) => e.id).sort((x, y) => x - y), `${course.code}: the enrolled after the drops are the first ${SEATS} of the waitlist`).toEqual(list.slice(SEATS, 2 * SEATS).map((e) => e.enrolment.id).sort((x, y) => x - y));
      expect(waitlisted.map((e) => [e.id, e.position]), `${course.code}: the rest of the waitlist, in order, at positions 1 to ${RUSH_STUDENTS - 2 * SEATS}`).toEqual(list.slice(2 * SEATS).map((e, i) => [e.enrolment.id, i + 1]));
    }
  }, 60_000);

  it('the hostile-input battery over every route answers 4xx JSON errors, never a 5xx', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const course = await createCourse(api, admin, 'CS101');
    const prereq = await createCourse(api, admin, 'CS100');
    const own = await enrol(api, ann!, prereq.id);
    const params = { id: String(course.id), prerequisiteId: String(prereq.id), enrolmentId: String(own.id), studentId: String(ann!.user.id) };
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/auth/register', body: { email: 'probe@example.com', name: 'Probe', password: PASSWORD } },
        { method: 'POST', path: '/auth/login', body: { email: 'probe@example.com', password: PASSWORD } },
      ],
      { params },
    );
    await expectHostileInputRefused(
      api,
      [
        { method: 'GET', path: '/me' },
        { method: 'GET', path: '/courses' },
        { method: 'GET', path: '/courses/:id' },
        { method: 'POST', path: '/enrolments', body: { courseId: course.id } },
        { method: 'GET', path: '/enrolments' },
        { method: 'GET', path: '/enrolments/:enrolmentId' },
        { method: 'GET', path: '/students/:studentId/transcript' },
        { method: 'DELETE', path: '/enrolments/:enrolmentId' },
        { method: 'POST', path: '/auth/logout' },
      ],
      { params, headers: ann!.headers },
    );
    await expectHostileInputRefused(
      api,
      [
        { method: 'POST', path: '/courses', body: { code: 'HOST1', title: 'Probe', credits: 1, capacity: 1 } },
        { method: 'PUT', path: '/courses/:id/prerequisites/:prerequisiteId' },
        { method: 'DELETE', path: '/courses/:id/prerequisites/:prerequisiteId' },
        { method: 'GET', path: '/courses/:id/roster' },
        { method: 'PUT', path: '/enrolments/:enrolmentId/grade', body: { grade: 'B' } },
      ],
      { params, headers: admin.headers },
    );
  }, 30_000);

  it('no bad request gets a 5xx or leaks a stack trace or SQL', async () => {
    const { api } = await start();
    const [admin, ann] = await people(api, 1);
    const course = await createCourse(api, admin, 'CS101');
    const answers: HttpResponse[] = [
      await api.post('/enrolments', { headers: ann!.headers, json: { courseId: Number.MAX_SAFE_INTEGER } }),
      await api.post('/enrolments', { headers: ann!.headers, json: { courseId: 1e300 } }),
      await api.post('/enrolments', { headers: ann!.headers, json: null }),
      await api.post('/enrolments', { headers: ann!.headers, json: [course.id] }),
      await api.get('/enrolments/99999999999999999999999', { headers: ann!.headers }),
      await api.put(`/courses/${course.id}/prerequisites/99999999999999999999`, { headers: admin.headers }),
      await api.post('/courses', { headers: admin.headers, json: { code: 'BIG1', title: 'Big', credits: 1e20, capacity: 1 } }),
      await api.post('/auth/login', { json: { email: "' OR 1=1 --", password: "' OR 1=1 --" } }),
      await api.post('/auth/register', { json: { email: 'x@y.z', name: { $gt: '' }, password: PASSWORD } }),
      await api.get('/me', { headers: { authorization: `Bearer ${'A'.repeat(5000)}` } }),
    ];
    for (const res of answers) {
      expectNo5xx(res);
      expect(res.status, `${res.request}: a 4xx`).toBeGreaterThanOrEqual(400);
      expect(res.text, `${res.request}: the body should not show a stack trace or SQL`).not.toMatch(/at .+\.(ts|js):\d+|SQLITE_|\bSELECT\b|\bINSERT INTO\b/);
    }
    expect(await getCourse(api, admin, course.id), 'the course after the bad requests').toMatchObject({ enrolled: 0, waitlisted: 0, prerequisites: [] });
  });
});
