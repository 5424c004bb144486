// The hidden suite of p37 sales-reports. It reaches the app only through what SPEC.md's Interface
// promises: createApp({ dbFile, now }) from src/app.ts, HTTP, app.locals.close(), the drizzle/
// migrations, and the table sales with its columns customer, amount_cents and sold_at, which the
// checks read and write directly: the reports must come from the database, whoever wrote the rows.
// The report checks run again with the process in OTHER_ZONES (project.json "localTime": true):
// the zone of a report is the one the client names, never the server's.
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  OTHER_ZONES,
  expectAllow,
  expectApiError,
  expectHostileInputRefused,
  expectInvalid,
  expectJson,
  expectMigrationsApplied,
  expectStatus,
  load,
  serve,
  tempDbFile,
  withRawDb,
  withTimeZone,
  type RawDb,
  type TestServer,
} from '#testkit';
import {
  BUCKET_FIELDS,
  CUSTOMER_FIELDS,
  REVENUE_FIELDS,
  SALES,
  SALE_FIELDS,
  START,
  TOP_FIELDS,
  csv,
  expectCsv,
  revenue,
  revenueRows,
  seed,
  start,
  top,
  topRows,
  type AppModule,
  type SaleJson,
  type SaleSpec,
} from './helpers.js';

beforeEach(() => {
  vi.resetModules();
});

const AKL = 'tz=Pacific/Auckland';
const NY = 'tz=America/New_York';

/** The rows of the sales table, as the Interface names its columns. */
function tableRows(dbFile: string): Array<{ customer: string; amount_cents: number; sold_at: number }> {
  return withRawDb(dbFile, (db) => db.prepare('SELECT customer, amount_cents, sold_at FROM sales ORDER BY sold_at, customer').all() as Array<{ customer: string; amount_cents: number; sold_at: number }>);
}

function countRows(dbFile: string): number {
  return withRawDb(dbFile, (db) => db.prepare('SELECT count(*) FROM sales').pluck().get() as number);
}

/** The SQLite error code of a plain-SQL write, or 'accepted'. */
function rawWrite(dbFile: string, sql: string, ...params: unknown[]): string {
  return withRawDb(dbFile, (db: RawDb) => {
    try {
      db.prepare(sql).run(...params);
      return 'accepted';
    } catch (error) {
      return String((error as { code?: unknown }).code ?? error);
    }
  });
}

const INSERT_SALE = 'INSERT INTO sales (customer, amount_cents, sold_at) VALUES (?, ?, ?)';

/** createApp({ dbFile, now }) (which applies the migrations), then app.locals.close(). */
async function openAndClose(dbFile: string): Promise<void> {
  const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
  const app = createApp({ dbFile, now: () => new Date(START) });
  expect(typeof app.locals?.close, 'typeof app.locals.close (the given app.ts sets it)').toBe('function');
  await app.locals?.close?.();
}

function expectSale(body: unknown, what: string): SaleJson {
  expect(Object.keys((body as object) ?? {}).sort(), `${what}: a sale has exactly the fields ${SALE_FIELDS.join(', ')}`).toEqual(SALE_FIELDS);
  return body as SaleJson;
}

// ---- The checks of Tasks 2 and 3 that also run on servers in other zones ----

/** Task 2: the same seven sales, day by day, in UTC, Auckland and New York. */
async function checkDaysInThreeZones(api: TestServer, where = ''): Promise<void> {
  const range = 'from=2026-01-30&to=2026-02-03&groupBy=day';
  expect(await revenueRows(api, `${range}&tz=UTC`), `GET /reports/revenue?${range}&tz=UTC${where}: UTC days`).toEqual([
    ['2026-01-30', 1000, 1],
    ['2026-01-31', 1734, 3],
    ['2026-02-01', 550, 2],
    ['2026-02-02', 7, 1],
  ]);
  expect(await revenueRows(api, `${range}&${AKL}`), `GET /reports/revenue?${range}&${AKL}${where}: Auckland days (UTC+13) begin at 11:00Z the day before`).toEqual([
    ['2026-01-30', 0, 0],
    ['2026-01-31', 1200, 2],
    ['2026-02-01', 2084, 4],
    ['2026-02-02', 0, 0],
  ]);
  expect(await revenueRows(api, `${range}&${NY}`), `GET /reports/revenue?${range}&${NY}${where}: New York days (UTC-5) begin at 05:00Z`).toEqual([
    ['2026-01-30', 1000, 1],
    ['2026-01-31', 2234, 4],
    ['2026-02-01', 50, 1],
    ['2026-02-02', 7, 1],
  ]);
}

/** Sales around the Monday that begins a week, in three zones. */
const WEEK_SALES: readonly SaleSpec[] = [
  ['2026-01-26T00:30:00.000Z', 100, 'Ana'], //  UTC Mon Jan 26 | Auckland Mon Jan 26 13:30 | NY Sun Jan 25 19:30
  ['2026-02-01T10:00:00.000Z', 200, 'Ben'], //  UTC Sun Feb 1  | Auckland Sun Feb 1 23:00 | NY Sun Feb 1 05:00
  ['2026-02-01T12:00:00.000Z', 400, 'Cleo'], // UTC Sun Feb 1  | Auckland Mon Feb 2 01:00 | NY Sun Feb 1 07:00
  ['2026-02-02T04:00:00.000Z', 800, 'Dan'], //  UTC Mon Feb 2  | Auckland Mon Feb 2 17:00 | NY Sun Feb 1 23:00
  ['2026-02-09T03:00:00.000Z', 1600, 'Eve'], // UTC Mon Feb 9  | Auckland Mon Feb 9 16:00 | NY Sun Feb 8 22:00
];

async function checkWeeks(api: TestServer, where = ''): Promise<void> {
  const range = 'from=2026-01-26&to=2026-02-16&groupBy=week';
  expect(await revenueRows(api, `${range}&tz=UTC`), `GET /reports/revenue?${range}&tz=UTC${where}: weeks start on Monday, so Sunday Feb 1 ends the week of Jan 26`).toEqual([
    ['2026-01-26', 700, 3],
    ['2026-02-02', 800, 1],
    ['2026-02-09', 1600, 1],
  ]);
  expect(await revenueRows(api, `${range}&${AKL}`), `GET /reports/revenue?${range}&${AKL}${where}`).toEqual([
    ['2026-01-26', 300, 2],
    ['2026-02-02', 1200, 2],
    ['2026-02-09', 1600, 1],
  ]);
  expect(await revenueRows(api, `${range}&${NY}`), `GET /reports/revenue?${range}&${NY}${where}: the Jan 26 sale is still Jan 25 in New York, before the range`).toEqual([
    ['2026-01-26', 1400, 3],
    ['2026-02-02', 1600, 1],
    ['2026-02-09', 0, 0],
  ]);
}

async function checkMonths(api: TestServer, where = ''): Promise<void> {
  const range = 'from=2026-01-01&to=2026-03-01&groupBy=month';
  expect(await revenueRows(api, `${range}&tz=UTC`), `GET /reports/revenue?${range}&tz=UTC${where}`).toEqual([
    ['2026-01-01', 2734, 4],
    ['2026-02-01', 557, 3],
  ]);
  expect(await revenueRows(api, `${range}&${AKL}`), `GET /reports/revenue?${range}&${AKL}${where}: 2026-01-31T11:30Z is February in Auckland`).toEqual([
    ['2026-01-01', 1200, 2],
    ['2026-02-01', 2091, 5],
  ]);
  expect(await revenueRows(api, `${range}&${NY}`), `GET /reports/revenue?${range}&${NY}${where}: 2026-02-01T03:00Z is still January in New York`).toEqual([
    ['2026-01-01', 3234, 5],
    ['2026-02-01', 57, 2],
  ]);
}

/** Sales on both sides of every midnight around the four daylight saving changes of 2026. */
const DST_SALES: readonly SaleSpec[] = [
  // Auckland, 5 April 2026: 03:00 NZDT becomes 02:00 NZST, a day of 25 hours (04-04T11:00Z to 04-05T12:00Z).
  ['2026-04-04T10:59:59.999Z', 1, 'akl-end'],
  ['2026-04-04T11:00:00.000Z', 10, 'akl-end'],
  ['2026-04-05T11:30:00.000Z', 100, 'akl-end'], // 23:30 NZST on April 5 (00:30 on April 6 with the old offset)
  ['2026-04-05T11:59:59.999Z', 1000, 'akl-end'],
  ['2026-04-05T12:00:00.000Z', 10000, 'akl-end'],
  ['2026-04-06T11:59:00.000Z', 100000, 'akl-end'],
  ['2026-04-06T12:00:00.000Z', 1000000, 'akl-end'], // April 7 00:00 NZST: the end of the range
  // Auckland, 27 September 2026: 02:00 NZST becomes 03:00 NZDT, a day of 23 hours (09-26T12:00Z to 09-27T11:00Z).
  ['2026-09-26T11:59:00.000Z', 1, 'akl-start'],
  ['2026-09-26T12:00:00.000Z', 10, 'akl-start'],
  ['2026-09-27T10:59:59.999Z', 100, 'akl-start'],
  ['2026-09-27T11:00:00.000Z', 1000, 'akl-start'], // 00:00 NZDT on September 28 (23:00 on the 27th with the old offset)
  ['2026-09-27T11:30:00.000Z', 10000, 'akl-start'],
  // New York, 8 March 2026: 02:00 EST becomes 03:00 EDT, 23 hours (03-08T05:00Z to 03-09T04:00Z).
  ['2026-03-08T04:59:00.000Z', 1, 'ny-start'],
  ['2026-03-08T05:00:00.000Z', 10, 'ny-start'],
  ['2026-03-09T03:59:59.999Z', 100, 'ny-start'],
  ['2026-03-09T04:00:00.000Z', 1000, 'ny-start'],
  ['2026-03-09T04:30:00.000Z', 10000, 'ny-start'], // 00:30 EDT on March 9 (23:30 on the 8th with the old offset)
  // New York, 1 November 2026: 02:00 EDT becomes 01:00 EST, 25 hours (11-01T04:00Z to 11-02T05:00Z).
  ['2026-11-01T03:59:00.000Z', 1, 'ny-end'],
  ['2026-11-01T04:00:00.000Z', 10, 'ny-end'],
  ['2026-11-02T04:30:00.000Z', 100, 'ny-end'], // 23:30 EST on November 1 (00:30 on the 2nd with the old offset)
  ['2026-11-02T05:00:00.000Z', 1000, 'ny-end'],
];

async function checkAucklandDst(api: TestServer, where = ''): Promise<void> {
  expect(await revenueRows(api, `from=2026-04-04&to=2026-04-07&${AKL}`), `GET /reports/revenue?from=2026-04-04&to=2026-04-07&${AKL}${where}: April 5 lasts 25 hours`).toEqual([
    ['2026-04-04', 1, 1],
    ['2026-04-05', 1110, 3],
    ['2026-04-06', 110000, 2],
  ]);
  expect(await revenueRows(api, `from=2026-09-26&to=2026-09-29&${AKL}`), `GET /reports/revenue?from=2026-09-26&to=2026-09-29&${AKL}${where}: September 27 lasts 23 hours`).toEqual([
    ['2026-09-26', 1, 1],
    ['2026-09-27', 110, 2],
    ['2026-09-28', 11000, 2],
  ]);
}

async function checkNewYorkDst(api: TestServer, where = ''): Promise<void> {
  expect(await revenueRows(api, `from=2026-03-07&to=2026-03-10&${NY}`), `GET /reports/revenue?from=2026-03-07&to=2026-03-10&${NY}${where}: March 8 lasts 23 hours`).toEqual([
    ['2026-03-07', 1, 1],
    ['2026-03-08', 110, 2],
    ['2026-03-09', 11000, 2],
  ]);
  expect(await revenueRows(api, `from=2026-10-31&to=2026-11-03&${NY}`), `GET /reports/revenue?from=2026-10-31&to=2026-11-03&${NY}${where}: November 1 lasts 25 hours`).toEqual([
    ['2026-10-31', 1, 1],
    ['2026-11-01', 110, 2],
    ['2026-11-02', 1000, 1],
  ]);
}

describe('Task 1: Record sales', () => {
  it('createApp({ dbFile, now }) applies the drizzle-kit migrations: a table sales with customer, amount_cents and sold_at, kept across a restart', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    expectMigrationsApplied(dbFile);
    const columns = withRawDb(dbFile, (db) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('sales') as string[]);
    expect(columns, 'the columns of the table sales after the migrations').toEqual(expect.arrayContaining(['customer', 'amount_cents', 'sold_at']));
    expect(rawWrite(dbFile, INSERT_SALE, 'Ana', 1234, Date.parse('2026-01-31T11:30:00Z')), 'INSERT INTO sales (customer, amount_cents, sold_at) naming only those three columns').toBe('accepted');
    await openAndClose(dbFile);
    expectMigrationsApplied(dbFile);
    expect(tableRows(dbFile), 'the sales table after a restart').toEqual([{ customer: 'Ana', amount_cents: 1234, sold_at: Date.parse('2026-01-31T11:30:00Z') }]);
  });

  it('the database itself refuses an amount_cents of 0 or less (a CHECK constraint)', async () => {
    const dbFile = tempDbFile();
    await openAndClose(dbFile);
    expect(rawWrite(dbFile, INSERT_SALE, 'Ana', 0, 0), 'INSERT INTO sales a sale of 0 cents').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_SALE, 'Ana', -5, 0), 'INSERT INTO sales a sale of -5 cents').toBe('SQLITE_CONSTRAINT_CHECK');
    expect(rawWrite(dbFile, INSERT_SALE, 'Ana', 1, 0), 'INSERT INTO sales a sale of 1 cent').toBe('accepted');
    expect(rawWrite(dbFile, "UPDATE sales SET amount_cents = -1 WHERE customer = 'Ana'"), 'UPDATE sales SET amount_cents = -1').toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('POST /sales answers 201 with the sale, its Location, soldAt in UTC, and stores the instant in sold_at', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/sales', { json: { customer: "Ana O'Hara; DROP TABLE sales", amountCents: 1234, soldAt: '2026-02-01T00:30:00+13:00' } });
    expectStatus(res, 201);
    expectJson(res);
    const sale = expectSale(res.json, res.request);
    expect(sale, res.request).toEqual({ id: sale.id, customer: "Ana O'Hara; DROP TABLE sales", amountCents: 1234, soldAt: '2026-01-31T11:30:00.000Z' });
    expect(Number.isInteger(sale.id) && sale.id > 0, `${res.request}: id should be a positive integer`).toBe(true);
    expect(res.headers.get('location'), `${res.request}: the Location header`).toBe(`/sales/${sale.id}`);
    const other = await api.post('/sales', { json: { customer: 'Ben', amountCents: 1, soldAt: '2026-01-31T06:30:00.25-05:00' } });
    expectStatus(other, 201);
    expect((other.json as SaleJson).soldAt, `${other.request}: soldAt in UTC with milliseconds`).toBe('2026-01-31T11:30:00.250Z');
    expect((other.json as SaleJson).id, `${other.request}: a second sale gets another id`).not.toBe(sale.id);
    expect(tableRows(dbFile), 'the rows of the sales table: customer as sent, amount_cents, sold_at in milliseconds').toEqual([
      { customer: "Ana O'Hara; DROP TABLE sales", amount_cents: 1234, sold_at: Date.parse('2026-01-31T11:30:00Z') },
      { customer: 'Ben', amount_cents: 1, sold_at: Date.parse('2026-01-31T11:30:00.250Z') },
    ]);
  });

  it('a sale without soldAt happened now(), on the injected clock', async () => {
    const { api, clock, dbFile } = await start();
    const res = await api.post('/sales', { json: { customer: 'Ana', amountCents: 500 } });
    expectStatus(res, 201);
    expect((res.json as SaleJson).soldAt, `${res.request} with the clock at ${START}`).toBe(START);
    clock.advance(90_000);
    const batch = await api.post('/sales/batch', { json: { sales: [{ customer: 'Ben', amountCents: 1 }, { customer: 'Cleo', amountCents: 2 }] } });
    expectStatus(batch, 201);
    const later = new Date(Date.parse(START) + 90_000).toISOString();
    expect((batch.json as { items: SaleJson[] }).items.map((s) => s.soldAt), `${batch.request} with the clock at ${later}`).toEqual([later, later]);
    expect(tableRows(dbFile).map((row) => row.sold_at), 'sold_at of the three rows').toEqual([Date.parse(START), Date.parse(later), Date.parse(later)]);
  });

  it('POST /sales refuses a bad customer or amountCents with 400 validation_failed naming the field, and stores nothing', async () => {
    const { api, dbFile } = await start();
    const soldAt = '2026-01-31T11:30:00Z';
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ customer: 'Ana', amountCents: 12.5, soldAt }, 'amountCents'],
      [{ customer: 'Ana', amountCents: '1234', soldAt }, 'amountCents'],
      [{ customer: 'Ana', amountCents: 0, soldAt }, 'amountCents'],
      [{ customer: 'Ana', amountCents: -100, soldAt }, 'amountCents'],
      [{ customer: 'Ana', amountCents: 100_000_001, soldAt }, 'amountCents'],
      [{ customer: 'Ana', amountCents: null, soldAt }, 'amountCents'],
      [{ customer: 'Ana', soldAt }, 'amountCents'],
      [{ amountCents: 100, soldAt }, 'customer'],
      [{ customer: '', amountCents: 100, soldAt }, 'customer'],
      [{ customer: ' \t ', amountCents: 100, soldAt }, 'customer'],
      [{ customer: 'x'.repeat(101), amountCents: 100, soldAt }, 'customer'],
      [{ customer: 42, amountCents: 100, soldAt }, 'customer'],
      [{ customer: 'Ana', amountCents: 100, soldAt, discount: 5 }, 'discount'],
    ];
    for (const [json, field] of cases) {
      expectInvalid(await api.post('/sales', { json }), field);
    }
    expectInvalid(await api.post('/sales', { json: [{ customer: 'Ana', amountCents: 100 }] }));
    expectApiError(await api.post('/sales', { body: 'customer=Ana&amountCents=100', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/sales', { body: '{"customer":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expect(countRows(dbFile), 'rows in sales after only refused requests').toBe(0);
    const edge = await api.post('/sales', { json: { customer: ' x'.repeat(50), amountCents: 100_000_000, soldAt } });
    expectStatus(edge, 201);
    expect(edge.json, `${edge.request}: 100 characters and 100000000 cents are allowed, the name kept as sent`).toMatchObject({ customer: ' x'.repeat(50), amountCents: 100_000_000 });
  });

  it('soldAt must be an ISO 8601 date-time with seconds and an offset, a real date, from 2000 to 2099', async () => {
    const { api, dbFile } = await start();
    const accepted: Array<[string, string]> = [
      ['2026-01-31T11:30:00Z', '2026-01-31T11:30:00.000Z'],
      ['2026-01-31T11:30:00.5Z', '2026-01-31T11:30:00.500Z'],
      ['2026-01-31T11:30:00.123+00:00', '2026-01-31T11:30:00.123Z'],
      ['2026-03-01T05:00:00+05:30', '2026-02-28T23:30:00.000Z'],
      ['2028-02-29T12:00:00-12:00', '2028-03-01T00:00:00.000Z'],
      ['2000-01-01T00:00:00Z', '2000-01-01T00:00:00.000Z'],
      ['2099-12-31T23:59:59.999Z', '2099-12-31T23:59:59.999Z'],
    ];
    for (const [soldAt, iso] of accepted) {
      const res = await api.post('/sales', { json: { customer: 'Ana', amountCents: 1, soldAt } });
      expectStatus(res, 201);
      expect((res.json as SaleJson).soldAt, `${res.request}: soldAt in UTC`).toBe(iso);
    }
    const refused: unknown[] = [
      '2026-01-31T11:30:00', // no offset: which zone?
      '2026-01-31',
      '2026-01-31 11:30:00Z',
      '2026-01-31T11:30Z',
      '2026-02-30T10:00:00Z',
      '2026-02-29T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-01-31T24:00:00Z',
      '2026-01-31T11:60:00Z',
      '2026-01-31T11:30:00.1234Z',
      '1999-12-31T23:59:59Z',
      '2100-01-01T00:00:00Z',
      '2026-02-01T00:30:00+13',
      'yesterday',
      '',
      1769859000000,
      null,
    ];
    for (const soldAt of refused) {
      expectInvalid(await api.post('/sales', { json: { customer: 'Ana', amountCents: 1, soldAt } }), 'soldAt');
    }
    expect(countRows(dbFile), 'rows in sales: only the accepted sales').toBe(accepted.length);
  });

  it('POST /sales/batch stores every sale in one go and answers them in the order sent', async () => {
    const { api, dbFile } = await start();
    const res = await api.post('/sales/batch', {
      json: {
        sales: [
          { customer: 'Cleo', amountCents: 300, soldAt: '2026-02-01T00:00:00Z' },
          { customer: 'Ana', amountCents: 100, soldAt: '2026-01-01T00:00:00+13:00' },
          { customer: 'Ben', amountCents: 200, soldAt: '2026-01-15T08:00:00Z' },
        ],
      },
    });
    expectStatus(res, 201);
    expectJson(res);
    const body = res.json as { count: number; items: SaleJson[] };
    expect(Object.keys(body ?? {}).sort(), `${res.request}: a batch answer has exactly count and items`).toEqual(['count', 'items']);
    body.items.forEach((item, i) => expectSale(item, `${res.request}: items[${i}]`));
    expect(body.count, `${res.request}: count`).toBe(3);
    expect(body.items.map((s) => [s.customer, s.amountCents, s.soldAt]), `${res.request}: items in the order sent`).toEqual([
      ['Cleo', 300, '2026-02-01T00:00:00.000Z'],
      ['Ana', 100, '2025-12-31T11:00:00.000Z'],
      ['Ben', 200, '2026-01-15T08:00:00.000Z'],
    ]);
    expect(new Set(body.items.map((s) => s.id)).size, `${res.request}: three distinct ids`).toBe(3);
    expect(countRows(dbFile), 'rows in sales after the batch').toBe(3);
    const one = await api.post('/sales/batch', { json: { sales: [{ customer: 'Dan', amountCents: 1, soldAt: '2026-01-01T00:00:00Z' }] } });
    expectStatus(one, 201);
    expect((one.json as { count: number }).count, `${one.request}: a batch of one`).toBe(1);
  });

  it('a batch with one bad sale is refused whole: 400 naming sales.<index>.<field>, and nothing of it is stored', async () => {
    const { api, dbFile } = await start();
    const good = { customer: 'Ana', amountCents: 100, soldAt: '2026-01-31T11:30:00Z' };
    const bad = await api.post('/sales/batch', { json: { sales: [good, good, { ...good, amountCents: -1 }, good, { ...good, soldAt: '2026-02-30T00:00:00Z' }] } });
    expectInvalid(bad, 'sales.2.amountCents', 'sales.4.soldAt');
    const extra = await api.post('/sales/batch', { json: { sales: [good, { ...good, note: 'x' }] } });
    expectInvalid(extra, 'sales.1.note');
    expectInvalid(await api.post('/sales/batch', { json: { sales: [] } }), 'sales');
    expectInvalid(await api.post('/sales/batch', { json: { sales: Array.from({ length: 501 }, () => good) } }), 'sales');
    expectInvalid(await api.post('/sales/batch', { json: { sales: good } }), 'sales');
    expectInvalid(await api.post('/sales/batch', { json: {} }), 'sales');
    expectInvalid(await api.post('/sales/batch', { json: { sales: [good], dryRun: true } }), 'dryRun');
    expect(countRows(dbFile), 'rows in sales after only refused batches').toBe(0);
    const full = await api.post('/sales/batch', { json: { sales: Array.from({ length: 500 }, (_, i) => ({ ...good, amountCents: i + 1 })) } });
    expectStatus(full, 201);
    expect(countRows(dbFile), 'rows in sales after a batch of 500 (the most allowed)').toBe(500);
  });

  it('a body up to 64 KiB is read; a larger one is 413 payload_too_large, and nothing is stored', async () => {
    const { api, dbFile } = await start();
    const sale = (i: number) => ({ customer: `${'x'.repeat(88)}${String(i).padStart(10, '0')}`, amountCents: 1, soldAt: '2026-01-31T11:30:00Z' });
    const fits = JSON.stringify({ sales: Array.from({ length: 400 }, (_, i) => sale(i)) });
    expect(fits.length > 60_000 && fits.length <= 65_536, `a batch of 400 sales is ${fits.length} bytes: more than 60 000, at most 64 KiB`).toBe(true);
    expectStatus(await api.post('/sales/batch', { body: fits, headers: { 'content-type': 'application/json' } }), 201);
    const tooBig = JSON.stringify({ sales: Array.from({ length: 450 }, (_, i) => sale(i)) });
    expect(tooBig.length > 65_536, `a batch of 450 sales is ${tooBig.length} bytes, more than 64 KiB`).toBe(true);
    expectApiError(await api.post('/sales/batch', { body: tooBig, headers: { 'content-type': 'application/json' } }), 413, 'payload_too_large');
    expect(countRows(dbFile), 'rows in sales: the 400 of the batch that fitted').toBe(400);
  });

  it('GET /sales/:id reads a sale; an id nothing has, or that is not digits, is 404; a malformed path is 400', async () => {
    const { api, dbFile } = await start();
    const [ana, ben] = await seed(api, [
      ['2026-01-31T11:30:00.000Z', 1234, 'Ana'],
      ['2026-02-01T00:00:00.000Z', 5, 'Ben'],
    ]);
    for (const sale of [ana!, ben!]) {
      const res = await api.get(`/sales/${sale.id}`);
      expectStatus(res, 200);
      expectJson(res);
      expect(expectSale(res.json, res.request), res.request).toEqual(sale);
    }
    expect(rawWrite(dbFile, INSERT_SALE, 'Raw', 77, Date.parse('2026-03-01T00:00:00Z')), 'INSERT INTO sales a row with plain SQL').toBe('accepted');
    const rawId = withRawDb(dbFile, (db) => db.prepare("SELECT max(rowid) FROM sales").pluck().get() as number);
    const raw = await api.get(`/sales/${rawId}`);
    expectStatus(raw, 200);
    expect(raw.json, `${raw.request}: a row written with plain SQL`).toEqual({ id: rawId, customer: 'Raw', amountCents: 77, soldAt: '2026-03-01T00:00:00.000Z' });
    for (const id of ['999', '0', 'abc', '1.5', '-1', '1%20OR%201%3D1', '99999999999999999999']) {
      expectApiError(await api.get(`/sales/${id}`), 404, 'not_found');
    }
    expectApiError(await api.get('/sales/%ZZ'), 400, 'bad_request');
    const res = await api.request('PATCH', `/sales/${ana!.id}`, { json: { amountCents: 1 } });
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD']);
  });

  it('bodies: a charset other than UTF-8 or an unknown Content-Encoding is 415; a gzip body that does not inflate is 400 invalid_json', async () => {
    const { api, dbFile } = await start();
    const json = JSON.stringify({ customer: 'Ana', amountCents: 100, soldAt: '2026-01-31T11:30:00Z' });
    expectApiError(await api.post('/sales', { body: json, headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/sales', { body: json, headers: { 'content-type': 'application/json', 'content-encoding': 'compress' } }), 415, 'unsupported_media_type');
    expectApiError(await api.post('/sales', { body: 'not gzip at all', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }), 400, 'invalid_json');
    expect(countRows(dbFile), 'rows in sales after only refused bodies').toBe(0);
    const zipped = await api.post('/sales', { body: gzipSync(json), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } });
    expectStatus(zipped, 201);
    expect(countRows(dbFile), 'rows in sales after a gzip body that inflates').toBe(1);
  });

  it('after app.locals.close(), requests answer 500 internal as JSON, without a stack trace', async () => {
    const { createApp } = await load<AppModule>('src/app.ts', ['createApp']);
    const app = createApp({ dbFile: tempDbFile(), now: () => new Date(START) });
    const api = await serve(app);
    await app.locals?.close?.();
    for (const path of ['/sales/1', '/sales/2']) {
      const res = await api.get(path);
      expectApiError(res, 500, 'internal');
      expect(res.text, `${res.request} after close: no stack trace in the answer`).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    expectApiError(await api.post('/sales', { json: { customer: 'Ana', amountCents: 1, soldAt: '2026-01-31T11:30:00Z' } }), 500, 'internal');
  });

  it('another method on /sales or /sales/batch is 405 with Allow: POST', async () => {
    const { api } = await start();
    for (const path of ['/sales', '/sales/batch']) {
      for (const method of (path === '/sales' ? ['GET', 'PUT', 'DELETE'] : ['GET', 'PUT', 'DELETE', 'PATCH']) as Array<'GET' | 'PUT' | 'DELETE' | 'PATCH'>) {
        const res = await api.request(method, path);
        expectApiError(res, 405, 'method_not_allowed');
        expectAllow(res, ['POST']);
      }
    }
    expectApiError(await api.get('/nothing-here'), 404, 'not_found');
  });
});

describe('Task 2: Revenue by day in a named time zone', () => {
  it('GET /reports/revenue groups by UTC day with tz=UTC: one bucket per day, totals, and the query echoed', async () => {
    const { api } = await start();
    await seed(api, SALES);
    const report = await revenue(api, 'from=2026-01-30&to=2026-02-03&groupBy=day&tz=UTC');
    expect(Object.keys(report).sort(), 'GET /reports/revenue?from=2026-01-30&to=2026-02-03&groupBy=day&tz=UTC: the fields of a revenue report').toEqual(REVENUE_FIELDS);
    expect(
      { ...report, buckets: report.buckets.map((b) => ({ start: b.start, revenueCents: b.revenueCents, salesCount: b.salesCount })) },
      'GET /reports/revenue?from=2026-01-30&to=2026-02-03&groupBy=day&tz=UTC',
    ).toEqual({
      from: '2026-01-30',
      to: '2026-02-03',
      groupBy: 'day',
      tz: 'UTC',
      totalCents: 3291,
      salesCount: 7,
      buckets: [
        { start: '2026-01-30', revenueCents: 1000, salesCount: 1 },
        { start: '2026-01-31', revenueCents: 1734, salesCount: 3 },
        { start: '2026-02-01', revenueCents: 550, salesCount: 2 },
        { start: '2026-02-02', revenueCents: 7, salesCount: 1 },
      ],
    });
    const defaults = await revenue(api, 'from=2026-01-30&to=2026-02-03');
    expect([defaults.groupBy, defaults.tz, defaults.totalCents], 'GET /reports/revenue?from=2026-01-30&to=2026-02-03: groupBy day and tz UTC by default').toEqual(['day', 'UTC', 3291]);
  });

  it('the same sales group differently in UTC, Pacific/Auckland and America/New_York', async () => {
    const { api } = await start();
    await seed(api, SALES);
    await checkDaysInThreeZones(api);
    const akl = await revenue(api, `from=2026-01-30&to=2026-02-03&${AKL}`);
    expect([akl.tz, akl.totalCents, akl.salesCount], `GET /reports/revenue?from=2026-01-30&to=2026-02-03&${AKL}: tz, totalCents and salesCount (the Feb 3 sale is after the range)`).toEqual(['Pacific/Auckland', 3284, 6]);
  });

  it('from is included and to excluded, to the millisecond of local midnight', async () => {
    const { api } = await start();
    await seed(api, [
      ['2026-01-31T10:59:59.999Z', 1, 'a'], // Auckland Jan 31 23:59:59.999: before the range
      ['2026-01-31T11:00:00.000Z', 10, 'b'], // Auckland Feb 1 00:00: the first instant of the range
      ['2026-02-02T10:59:59.999Z', 100, 'c'], // Auckland Feb 2 23:59:59.999: the last instant
      ['2026-02-02T11:00:00.000Z', 1000, 'd'], // Auckland Feb 3 00:00: the beginning of `to`, excluded
    ]);
    const report = await revenue(api, `from=2026-02-01&to=2026-02-03&${AKL}`);
    expect([report.totalCents, report.salesCount], `GET /reports/revenue?from=2026-02-01&to=2026-02-03&${AKL}: totalCents, salesCount`).toEqual([110, 2]);
    expect(await revenueRows(api, 'from=2026-01-31&to=2026-02-03&tz=UTC'), 'GET /reports/revenue?from=2026-01-31&to=2026-02-03&tz=UTC').toEqual([
      ['2026-01-31', 11, 2],
      ['2026-02-01', 0, 0],
      ['2026-02-02', 1100, 2],
    ]);
  });

  it('days without sales are listed with 0, and from equal to to is an empty report', async () => {
    const { api } = await start();
    expect(await revenueRows(api, 'from=2026-02-27&to=2026-03-02&tz=Europe/Paris'), 'GET /reports/revenue?from=2026-02-27&to=2026-03-02&tz=Europe/Paris on an empty table').toEqual([
      ['2026-02-27', 0, 0],
      ['2026-02-28', 0, 0],
      ['2026-03-01', 0, 0],
    ]);
    await seed(api, SALES);
    expect(await revenueRows(api, 'from=2026-01-27&to=2026-02-01&tz=UTC'), 'GET /reports/revenue?from=2026-01-27&to=2026-02-01&tz=UTC').toEqual([
      ['2026-01-27', 0, 0],
      ['2026-01-28', 0, 0],
      ['2026-01-29', 0, 0],
      ['2026-01-30', 1000, 1],
      ['2026-01-31', 1734, 3],
    ]);
    const empty = await revenue(api, `from=2026-01-31&to=2026-01-31&${AKL}`);
    expect({ buckets: empty.buckets, totalCents: empty.totalCents, salesCount: empty.salesCount }, `GET /reports/revenue?from=2026-01-31&to=2026-01-31&${AKL}: a range of no days`).toEqual({
      buckets: [],
      totalCents: 0,
      salesCount: 0,
    });
  });

  it('reports read the table: rows written by another program show in the next report', async () => {
    const { api, dbFile } = await start();
    expect(await revenueRows(api, 'from=2026-01-31&to=2026-02-02&tz=UTC'), 'GET /reports/revenue before any sale').toEqual([
      ['2026-01-31', 0, 0],
      ['2026-02-01', 0, 0],
    ]);
    expect(rawWrite(dbFile, INSERT_SALE, 'Raw', 4321, Date.parse('2026-01-31T23:00:00Z')), 'INSERT INTO sales a sale at 2026-01-31T23:00:00Z').toBe('accepted');
    expect(rawWrite(dbFile, INSERT_SALE, 'Raw', 9, Date.parse('2026-02-01T00:00:00Z')), 'INSERT INTO sales a sale at 2026-02-01T00:00:00Z').toBe('accepted');
    expect(await revenueRows(api, 'from=2026-01-31&to=2026-02-02&tz=UTC'), 'GET /reports/revenue after two rows were inserted with plain SQL').toEqual([
      ['2026-01-31', 4321, 1],
      ['2026-02-01', 9, 1],
    ]);
    expect(await revenueRows(api, 'from=2026-01-31&to=2026-02-02&tz=Asia/Kolkata'), 'GET /reports/revenue?tz=Asia/Kolkata (UTC+5:30): 23:00Z is already Feb 1').toEqual([
      ['2026-01-31', 0, 0],
      ['2026-02-01', 4330, 2],
    ]);
  });

  it('to before from is 400 naming to; a range of more than 731 days is 400 naming to', async () => {
    const { api } = await start();
    expectInvalid(await api.get('/reports/revenue?from=2026-02-01&to=2026-01-31'), 'to');
    expectInvalid(await api.get(`/reports/revenue?from=2026-02-01&to=2025-02-01&${AKL}`), 'to');
    expectInvalid(await api.get('/reports/revenue?from=2026-01-01&to=2028-01-03'), 'to');
    expectInvalid(await api.get('/reports/revenue?from=2000-01-01&to=2099-12-31&groupBy=month'), 'to');
    const longest = await revenue(api, 'from=2026-01-01&to=2028-01-02');
    expect(longest.buckets.length, 'GET /reports/revenue?from=2026-01-01&to=2028-01-02 (731 days, allowed): buckets').toBe(731);
    expect([longest.buckets[0]?.start, longest.buckets[730]?.start], 'the first and last bucket of the 731-day report').toEqual(['2026-01-01', '2028-01-01']);
    expect(longest.buckets.find((b) => b.start === '2027-12-31')?.revenueCents, 'an empty day in the long report').toBe(0);
  });

  it('from, to, tz, groupBy and unknown or repeated parameters are validated: 400 validation_failed naming each', async () => {
    const { api } = await start();
    const cases: Array<[string, string[]]> = [
      ['to=2026-02-01', ['from']],
      ['from=2026-02-01', ['to']],
      ['', ['from', 'to']],
      ['from=2026-1-5&to=2026-02-01', ['from']],
      ['from=20260101&to=2026-02-01', ['from']],
      ['from=2026-02-30&to=2026-03-05', ['from']],
      ['from=2026-02-01&to=2026-02-29', ['to']],
      ['from=yesterday&to=today', ['from', 'to']],
      ['from=1999-12-31&to=2000-01-02', ['from']],
      ['from=2099-12-30&to=2100-01-01', ['to']],
      ['from=2026-01-01&to=2026-02-01&tz=Mars/Olympus', ['tz']],
      ['from=2026-01-01&to=2026-02-01&tz=', ['tz']],
      ['from=2026-01-01&to=2026-02-01&tz=Pacific%2FAtlantis', ['tz']],
      ["from=2026-01-01&to=2026-02-01&tz=UTC'%3B%20DROP%20TABLE%20sales%3B--", ['tz']],
      ['from=2026-01-01&to=2026-02-01&groupBy=year', ['groupBy']],
      ['from=2026-01-01&to=2026-02-01&groupBy=', ['groupBy']],
      ['from=2026-01-01&to=2026-02-01&groupBy=Day', ['groupBy']],
      ['from=2026-01-01&to=2026-02-01&currency=NZD', ['currency']],
      ['from=2026-01-01&from=2026-01-02&to=2026-02-01', ['from']],
      ['from=2026-01-01&to=2026-02-01&tz=UTC&tz=Pacific/Auckland', ['tz']],
      ['from=2026-02-01&to=2026-01-01&tz=Nowhere', ['to', 'tz']],
    ];
    for (const [query, fields] of cases) {
      expectInvalid(await api.get(`/reports/revenue?${query}`), ...fields);
    }
    expect((await revenue(api, 'from=2000-01-01&to=2000-01-02')).buckets.length, 'GET /reports/revenue?from=2000-01-01&to=2000-01-02 (the first date allowed)').toBe(1);
    expect((await revenue(api, 'from=2099-12-30&to=2099-12-31')).buckets.length, 'GET /reports/revenue?from=2099-12-30&to=2099-12-31 (the last date allowed)').toBe(1);
    const res = await api.request('POST', '/reports/revenue?from=2026-01-01&to=2026-02-01', { json: {} });
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD']);
  });

  for (const zone of OTHER_ZONES) {
    it(`day reports name their own zone, even on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const { api } = await start();
        await seed(api, SALES);
        await checkDaysInThreeZones(api, ` on a server in ${zone}`);
      });
    });
  }
});

describe('Task 3: Weeks, months and daylight saving', () => {
  it('groupBy=week: ISO weeks that start on Monday, in the zone named', async () => {
    const { api } = await start();
    await seed(api, WEEK_SALES);
    await checkWeeks(api);
    const report = await revenue(api, 'from=2026-01-26&to=2026-02-16&groupBy=week&tz=UTC');
    expect([report.groupBy, report.totalCents, report.salesCount], 'GET /reports/revenue?from=2026-01-26&to=2026-02-16&groupBy=week&tz=UTC: groupBy, totalCents, salesCount').toEqual(['week', 3100, 5]);
  });

  it('weeks cut by the range: the first bucket is the Monday of from, counting sales from from on; empty weeks are 0', async () => {
    const { api } = await start();
    await seed(api, [
      ...WEEK_SALES,
      ['2026-01-27T12:00:00.000Z', 3000, 'Zoe'], // Tuesday Jan 27: before from
      ['2026-02-04T23:59:59.999Z', 7, 'Zoe'], // Wednesday Feb 4: the last instant of the range
      ['2026-02-05T00:00:00.000Z', 5000, 'Zoe'], // Thursday Feb 5 00:00: the beginning of to
    ]);
    expect(await revenueRows(api, 'from=2026-01-28&to=2026-02-05&groupBy=week&tz=UTC'), 'GET /reports/revenue?from=2026-01-28 (a Wednesday)&to=2026-02-05 (a Thursday)&groupBy=week&tz=UTC').toEqual([
      ['2026-01-26', 600, 2],
      ['2026-02-02', 807, 2],
    ]);
    expect(await revenueRows(api, 'from=2026-03-01&to=2026-03-17&groupBy=week&tz=UTC'), 'GET /reports/revenue?from=2026-03-01 (a Sunday)&to=2026-03-17&groupBy=week: no sales').toEqual([
      ['2026-02-23', 0, 0],
      ['2026-03-02', 0, 0],
      ['2026-03-09', 0, 0],
      ['2026-03-16', 0, 0],
    ]);
    expect(await revenueRows(api, 'from=2026-02-08&to=2026-02-09&groupBy=week&tz=UTC'), 'GET /reports/revenue?from=2026-02-08 (a Sunday)&to=2026-02-09&groupBy=week: one day of one week').toEqual([['2026-02-02', 0, 0]]);
  });

  it('groupBy=month: calendar months in the zone named (2026-01-31T11:30Z is February in Auckland)', async () => {
    const { api } = await start();
    await seed(api, SALES);
    await checkMonths(api);
  });

  it('months cut by the range, empty months with 0, and a month across the new year', async () => {
    const { api } = await start();
    await seed(api, [
      ['2026-01-14T23:00:00.000Z', 1, 'a'], // Jan 14 in UTC (before from), Jan 15 in Auckland
      ['2026-01-15T00:00:00.000Z', 10, 'b'],
      ['2026-03-14T23:59:00.000Z', 100, 'c'], // the last minute of the range in UTC, Mar 15 in Auckland
      ['2026-03-15T00:00:00.000Z', 1000, 'd'], // the beginning of to in UTC
      ['2025-12-31T12:00:00.000Z', 10000, 'e'], // Dec 31 in UTC, Jan 1 01:00 in Auckland
    ]);
    expect(await revenueRows(api, 'from=2026-01-15&to=2026-03-15&groupBy=month&tz=UTC'), 'GET /reports/revenue?from=2026-01-15&to=2026-03-15&groupBy=month&tz=UTC').toEqual([
      ['2026-01-01', 10, 1],
      ['2026-02-01', 0, 0],
      ['2026-03-01', 100, 1],
    ]);
    expect(await revenueRows(api, `from=2026-01-15&to=2026-03-15&groupBy=month&${AKL}`), `GET /reports/revenue?from=2026-01-15&to=2026-03-15&groupBy=month&${AKL}`).toEqual([
      ['2026-01-01', 11, 2],
      ['2026-02-01', 0, 0],
      ['2026-03-01', 0, 0],
    ]);
    expect(await revenueRows(api, 'from=2025-11-01&to=2026-02-01&groupBy=month&tz=UTC'), 'GET /reports/revenue?from=2025-11-01&to=2026-02-01&groupBy=month&tz=UTC').toEqual([
      ['2025-11-01', 0, 0],
      ['2025-12-01', 10000, 1],
      ['2026-01-01', 11, 2],
    ]);
    expect(await revenueRows(api, `from=2025-12-01&to=2026-02-01&groupBy=month&${AKL}`), `GET /reports/revenue?from=2025-12-01&to=2026-02-01&groupBy=month&${AKL}`).toEqual([
      ['2025-12-01', 0, 0],
      ['2026-01-01', 10011, 3],
    ]);
  });

  it('Auckland: the 25-hour day of 5 April 2026 and the 23-hour day of 27 September 2026', async () => {
    const { api } = await start();
    await seed(api, DST_SALES);
    await checkAucklandDst(api);
  });

  it('New York: the 23-hour day of 8 March 2026 and the 25-hour day of 1 November 2026', async () => {
    const { api } = await start();
    await seed(api, DST_SALES);
    await checkNewYorkDst(api);
    expect(await revenueRows(api, `from=2026-03-02&to=2026-03-16&groupBy=week&${NY}`), `GET /reports/revenue?from=2026-03-02&to=2026-03-16&groupBy=week&${NY}: a week across the change`).toEqual([
      ['2026-03-02', 111, 3],
      ['2026-03-09', 11000, 2],
    ]);
    expect(await revenueRows(api, `from=2026-10-01&to=2026-12-01&groupBy=month&${NY}`), `GET /reports/revenue?from=2026-10-01&to=2026-12-01&groupBy=month&${NY}`).toEqual([
      ['2026-10-01', 1, 1],
      ['2026-11-01', 1110, 3],
    ]);
  });

  for (const zone of OTHER_ZONES) {
    it(`weeks, months and daylight saving days follow the zone named, even on a server in ${zone}`, async () => {
      await withTimeZone(zone, async () => {
        const where = ` on a server in ${zone}`;
        const weeks = await start();
        await seed(weeks.api, WEEK_SALES);
        await checkWeeks(weeks.api, where);
        const months = await start();
        await seed(months.api, SALES);
        await checkMonths(months.api, where);
        const dst = await start();
        await seed(dst.api, DST_SALES);
        await checkAucklandDst(dst.api, where);
        await checkNewYorkDst(dst.api, where);
      });
    });
  }
});

describe('Task 4: Running totals and top customers', () => {
  it('runningTotalCents adds each bucket to all before it, across months, never restarting, from the start of the range', async () => {
    const { api } = await start();
    await seed(api, [...SALES, ['2026-01-29T08:00:00.000Z', 99999, 'Early']]);
    const report = await revenue(api, 'from=2026-01-30&to=2026-02-03&tz=UTC');
    report.buckets.forEach((bucket, i) => {
      expect(Object.keys(bucket).sort(), `GET /reports/revenue?from=2026-01-30&to=2026-02-03&tz=UTC: buckets[${i}] has exactly the fields ${BUCKET_FIELDS.join(', ')}`).toEqual(BUCKET_FIELDS);
    });
    expect(
      report.buckets.map((b) => [b.start, b.revenueCents, b.runningTotalCents]),
      'GET /reports/revenue?from=2026-01-30&to=2026-02-03&tz=UTC: [start, revenueCents, runningTotalCents] (the Jan 29 sale is before the range)',
    ).toEqual([
      ['2026-01-30', 1000, 1000],
      ['2026-01-31', 1734, 2734],
      ['2026-02-01', 550, 3284],
      ['2026-02-02', 7, 3291],
    ]);
    expect(report.totalCents, 'totalCents equals the last running total').toBe(3291);
    const akl = await revenue(api, `from=2026-01-30&to=2026-02-03&${AKL}`);
    expect(akl.buckets.map((b) => b.runningTotalCents), `GET /reports/revenue?from=2026-01-30&to=2026-02-03&${AKL}: running totals, empty days included`).toEqual([0, 1200, 3284, 3284]);
  });

  it('running totals of weeks and months carry across empty buckets', async () => {
    const { api } = await start();
    await seed(api, SALES);
    const months = await revenue(api, 'from=2025-12-01&to=2026-04-01&groupBy=month&tz=UTC');
    expect(months.buckets.map((b) => [b.start, b.revenueCents, b.runningTotalCents]), 'GET /reports/revenue?from=2025-12-01&to=2026-04-01&groupBy=month&tz=UTC').toEqual([
      ['2025-12-01', 0, 0],
      ['2026-01-01', 2734, 2734],
      ['2026-02-01', 557, 3291],
      ['2026-03-01', 0, 3291],
    ]);
    const weeks = await revenue(api, `from=2026-01-19&to=2026-02-16&groupBy=week&${NY}`);
    expect(weeks.buckets.map((b) => [b.start, b.revenueCents, b.runningTotalCents]), `GET /reports/revenue?from=2026-01-19&to=2026-02-16&groupBy=week&${NY}`).toEqual([
      ['2026-01-19', 0, 0],
      ['2026-01-26', 3284, 3284],
      ['2026-02-02', 7, 3291],
      ['2026-02-09', 0, 3291],
    ]);
    const days = await revenue(api, 'from=2026-01-28&to=2026-02-05&tz=UTC');
    expect(days.buckets.map((b) => b.runningTotalCents), 'GET /reports/revenue?from=2026-01-28&to=2026-02-05&tz=UTC: running totals').toEqual([0, 0, 1000, 2734, 3284, 3291, 3291, 3291]);
  });

  it('GET /reports/top-customers ranks by revenue: ties share a rank and the next rank skips (RANK), tied names in code point order', async () => {
    const { api } = await start();
    await seed(api, [
      ['2026-02-10T10:00:00Z', 200, 'Cleo'],
      ['2026-02-11T10:00:00Z', 500, 'alice'],
      ['2026-02-12T10:00:00Z', 300, 'Bob'],
      ['2026-02-12T11:00:00Z', 200, 'Bob'],
      ['2026-02-13T10:00:00Z', 900, 'Zed'],
      ['2026-02-14T10:00:00Z', 100, 'Émile'],
      ['2026-02-14T11:00:00Z', 100, 'Dora'],
      ['2026-02-14T12:00:00Z', 50, 'Ana'],
    ]);
    const report = await top(api, 'from=2026-02-01&to=2026-03-01&tz=UTC');
    expect(Object.keys(report).sort(), 'GET /reports/top-customers?from=2026-02-01&to=2026-03-01&tz=UTC: the fields of the answer').toEqual(TOP_FIELDS);
    report.items.forEach((item, i) => expect(Object.keys(item).sort(), `items[${i}] has exactly the fields ${CUSTOMER_FIELDS.join(', ')}`).toEqual(CUSTOMER_FIELDS));
    expect([report.from, report.to, report.tz, report.limit], 'from, to, tz and limit (default 10)').toEqual(['2026-02-01', '2026-03-01', 'UTC', 10]);
    expect(
      report.items.map((item) => [item.rank, item.customer, item.revenueCents, item.salesCount]),
      'GET /reports/top-customers?from=2026-02-01&to=2026-03-01&tz=UTC: [rank, customer, revenueCents, salesCount]',
    ).toEqual([
      [1, 'Zed', 900, 1],
      [2, 'Bob', 500, 2],
      [2, 'alice', 500, 1],
      [4, 'Cleo', 200, 1],
      [5, 'Dora', 100, 1],
      [5, 'Émile', 100, 1],
      [7, 'Ana', 50, 1],
    ]);
    expect(await topRows(api, 'from=2026-02-01&to=2026-03-01&limit=3'), 'GET /reports/top-customers?from=2026-02-01&to=2026-03-01&limit=3').toEqual([
      [1, 'Zed', 900, 1],
      [2, 'Bob', 500, 2],
      [2, 'alice', 500, 1],
    ]);
    expect(await topRows(api, 'from=2026-02-01&to=2026-03-01&limit=2'), 'GET /reports/top-customers?...&limit=2 (a tie may be cut)').toEqual([
      [1, 'Zed', 900, 1],
      [2, 'Bob', 500, 2],
    ]);
    expect((await top(api, 'from=2026-02-01&to=2026-03-01&limit=100')).items.length, 'GET /reports/top-customers?...&limit=100').toBe(7);
  });

  it('top customers count only the range, in the zone named; no sale (or an empty range) gives no items', async () => {
    const { api } = await start();
    await seed(api, SALES);
    expect(await topRows(api, 'from=2026-02-01&to=2026-02-03&tz=UTC'), 'GET /reports/top-customers?from=2026-02-01&to=2026-02-03&tz=UTC').toEqual([
      [1, 'Ben', 500, 1],
      [2, 'Dan', 50, 1],
      [3, 'Ana', 7, 1],
    ]);
    expect(await topRows(api, `from=2026-02-01&to=2026-02-03&${AKL}`), `GET /reports/top-customers?from=2026-02-01&to=2026-02-03&${AKL}`).toEqual([
      [1, 'Cleo', 1234, 1],
      [2, 'Ben', 500, 1],
      [3, 'Ana', 300, 1],
      [4, 'Dan', 50, 1],
    ]);
    expect(await topRows(api, `from=2026-02-01&to=2026-02-03&${NY}`), `GET /reports/top-customers?from=2026-02-01&to=2026-02-03&${NY}`).toEqual([
      [1, 'Dan', 50, 1],
      [2, 'Ana', 7, 1],
    ]);
    expect(await topRows(api, 'from=2026-01-01&to=2026-03-01'), 'GET /reports/top-customers?from=2026-01-01&to=2026-03-01').toEqual([
      [1, 'Ana', 1307, 3],
      [2, 'Cleo', 1234, 1],
      [3, 'Ben', 700, 2],
      [4, 'Dan', 50, 1],
    ]);
    expect(await topRows(api, 'from=2026-03-01&to=2026-04-01'), 'GET /reports/top-customers?from=2026-03-01&to=2026-04-01 (no sales)').toEqual([]);
    expect(await topRows(api, 'from=2026-01-31&to=2026-01-31'), 'GET /reports/top-customers?from=2026-01-31&to=2026-01-31 (an empty range)').toEqual([]);
    for (const zone of OTHER_ZONES) {
      await withTimeZone(zone, async () => {
        expect(await topRows(api, `from=2026-02-01&to=2026-02-03&${AKL}`), `GET /reports/top-customers?from=2026-02-01&to=2026-02-03&${AKL} with the process in ${zone}`).toEqual([
          [1, 'Cleo', 1234, 1],
          [2, 'Ben', 500, 1],
          [3, 'Ana', 300, 1],
          [4, 'Dan', 50, 1],
        ]);
      });
    }
  });

  it('top-customers validates from, to, tz and limit like the revenue report: 400 naming each', async () => {
    const { api } = await start();
    const cases: Array<[string, string[]]> = [
      ['to=2026-02-01', ['from']],
      ['from=2026-02-01&to=2026-01-01', ['to']],
      ['from=2026-01-01&to=2028-01-03', ['to']],
      ['from=2026-02-30&to=2026-03-01', ['from']],
      ['from=2026-01-01&to=2026-02-01&tz=Mars/Olympus', ['tz']],
      ['from=2026-01-01&to=2026-02-01&limit=0', ['limit']],
      ['from=2026-01-01&to=2026-02-01&limit=101', ['limit']],
      ['from=2026-01-01&to=2026-02-01&limit=1.5', ['limit']],
      ['from=2026-01-01&to=2026-02-01&limit=-1', ['limit']],
      ['from=2026-01-01&to=2026-02-01&limit=ten', ['limit']],
      ['from=2026-01-01&to=2026-02-01&limit=', ['limit']],
      ['from=2026-01-01&to=2026-02-01&limit=5&limit=6', ['limit']],
      ['from=2026-01-01&to=2026-02-01&groupBy=day', ['groupBy']],
      ['from=2026-01-01&to=2026-02-01&limit=1%20OR%201%3D1', ['limit']],
    ];
    for (const [query, fields] of cases) {
      expectInvalid(await api.get(`/reports/top-customers?${query}`), ...fields);
    }
    const res = await api.request('DELETE', '/reports/top-customers');
    expectApiError(res, 405, 'method_not_allowed');
    expectAllow(res, ['GET', 'HEAD']);
  });
});

describe('Task 5: Export CSV', () => {
  it('format=csv answers the revenue report as text/csv: a header, one line per bucket, CRLF after every line', async () => {
    const { api } = await start();
    await seed(api, SALES);
    const body = expectCsv(await api.get('/reports/revenue?from=2026-01-29&to=2026-02-03&tz=UTC&format=csv'));
    expect(body, 'GET /reports/revenue?from=2026-01-29&to=2026-02-03&tz=UTC&format=csv').toBe(
      csv('start,revenue,sales,running_total', '2026-01-29,0.00,0,0.00', '2026-01-30,10.00,1,10.00', '2026-01-31,17.34,3,27.34', '2026-02-01,5.50,2,32.84', '2026-02-02,0.07,1,32.91'),
    );
    const months = expectCsv(await api.get(`/reports/revenue?from=2026-01-01&to=2026-03-01&groupBy=month&${AKL}&format=csv`));
    expect(months, `GET /reports/revenue?from=2026-01-01&to=2026-03-01&groupBy=month&${AKL}&format=csv`).toBe(csv('start,revenue,sales,running_total', '2026-01-01,12.00,2,12.00', '2026-02-01,20.91,5,32.91'));
    const empty = expectCsv(await api.get('/reports/revenue?from=2026-01-29&to=2026-01-29&format=csv'));
    expect(empty, 'GET /reports/revenue?from=2026-01-29&to=2026-01-29&format=csv (an empty report: the header alone)').toBe(csv('start,revenue,sales,running_total'));
  });

  it('format=csv on top customers: rank,customer,revenue,sales with money as units and exactly two decimals', async () => {
    const { api } = await start();
    await seed(api, [
      ['2026-02-01T10:00:00Z', 100_000_000, 'Big'],
      ['2026-02-02T10:00:00Z', 23_456_789, 'Big'],
      ['2026-02-03T10:00:00Z', 1234, 'Mid'],
      ['2026-02-04T10:00:00Z', 100, 'One'],
      ['2026-02-05T10:00:00Z', 10, 'Ten'],
      ['2026-02-06T10:00:00Z', 5, 'Five'],
      ['2026-02-07T10:00:00Z', 5, 'Also five'],
    ]);
    const body = expectCsv(await api.get('/reports/top-customers?from=2026-02-01&to=2026-03-01&format=csv'));
    expect(body, 'GET /reports/top-customers?from=2026-02-01&to=2026-03-01&format=csv').toBe(
      csv('rank,customer,revenue,sales', '1,Big,1234567.89,2', '2,Mid,12.34,1', '3,One,1.00,1', '4,Ten,0.10,1', '5,Also five,0.05,1', '5,Five,0.05,1'),
    );
    const cut = expectCsv(await api.get('/reports/top-customers?from=2026-02-01&to=2026-03-01&limit=1&format=csv'));
    expect(cut, 'GET /reports/top-customers?...&limit=1&format=csv').toBe(csv('rank,customer,revenue,sales', '1,Big,1234567.89,2'));
    const none = expectCsv(await api.get('/reports/top-customers?from=2026-03-01&to=2026-04-01&format=csv'));
    expect(none, 'GET /reports/top-customers?from=2026-03-01&to=2026-04-01&format=csv (no sales)').toBe(csv('rank,customer,revenue,sales'));
  });

  it('customer names with a comma, a quote or a line break are quoted, quotes doubled (RFC 4180); others are written as they are', async () => {
    const { api } = await start();
    await seed(api, [
      ['2026-02-01T10:00:00Z', 700, 'Smith, Ann'],
      ['2026-02-01T10:00:00Z', 600, 'Ben "the bean"'],
      ['2026-02-01T10:00:00Z', 500, 'Two\nLines'],
      ['2026-02-01T10:00:00Z', 400, 'Carriage\rReturn'],
      ['2026-02-01T10:00:00Z', 300, " O'Brien  "],
      ['2026-02-01T10:00:00Z', 200, 'Zoë; DROP TABLE sales'],
    ]);
    const body = expectCsv(await api.get('/reports/top-customers?from=2026-02-01&to=2026-02-02&format=csv'));
    expect(body, 'GET /reports/top-customers?from=2026-02-01&to=2026-02-02&format=csv').toBe(
      csv('rank,customer,revenue,sales', '1,"Smith, Ann",7.00,1', '2,"Ben ""the bean""",6.00,1', '3,"Two\nLines",5.00,1', '4,"Carriage\rReturn",4.00,1', "5, O'Brien  ,3.00,1", '6,Zoë; DROP TABLE sales,2.00,1'),
    );
  });

  it('Accept: text/csv chooses CSV when format is not given; JSON otherwise, and format=json wins over Accept', async () => {
    const { api } = await start();
    await seed(api, SALES);
    const query = 'from=2026-01-30&to=2026-02-01&tz=UTC';
    const revenueCsv = csv('start,revenue,sales,running_total', '2026-01-30,10.00,1,10.00', '2026-01-31,17.34,3,27.34');
    expect(expectCsv(await api.get(`/reports/revenue?${query}`, { headers: { accept: 'text/csv' } })), `GET /reports/revenue?${query} [Accept: text/csv]`).toBe(revenueCsv);
    expect(
      expectCsv(await api.get('/reports/top-customers?from=2026-01-30&to=2026-02-01&tz=UTC', { headers: { accept: 'text/csv' } })),
      'GET /reports/top-customers?from=2026-01-30&to=2026-02-01&tz=UTC [Accept: text/csv]',
    ).toBe(csv('rank,customer,revenue,sales', '1,Ana,13.00,2', '2,Cleo,12.34,1', '3,Ben,2.00,1'));
    for (const accept of ['application/json', '*/*']) {
      const res = await api.get(`/reports/revenue?${query}`, { headers: { accept } });
      expectStatus(res, 200);
      expectJson(res);
      expect((res.json as { totalCents?: number }).totalCents, `GET /reports/revenue?${query} [Accept: ${accept}]: JSON`).toBe(2734);
    }
    const plain = await api.get(`/reports/revenue?${query}`);
    expectJson(plain);
    const json = await api.get(`/reports/revenue?${query}&format=json`, { headers: { accept: 'text/csv' } });
    expectStatus(json, 200);
    expectJson(json);
    expect((json.json as { totalCents?: number }).totalCents, `GET /reports/revenue?${query}&format=json [Accept: text/csv]: format decides`).toBe(2734);
    expect(expectCsv(await api.get(`/reports/revenue?${query}&format=csv`, { headers: { accept: 'application/json' } })), `GET /reports/revenue?${query}&format=csv [Accept: application/json]`).toBe(revenueCsv);
  });

  it('errors stay JSON when CSV is asked for, and an unknown format is 400 naming format', async () => {
    const { api } = await start();
    expectInvalid(await api.get('/reports/revenue?from=2026-02-01&to=2026-01-01&format=csv'), 'to');
    expectInvalid(await api.get('/reports/revenue?from=2026-02-01&to=2026-01-01', { headers: { accept: 'text/csv' } }), 'to');
    expectInvalid(await api.get('/reports/top-customers?from=2026-01-01&to=2026-02-01&tz=Mars/Olympus', { headers: { accept: 'text/csv' } }), 'tz');
    for (const format of ['xml', 'CSV', '', 'csv;']) {
      expectInvalid(await api.get(`/reports/revenue?from=2026-01-01&to=2026-02-01&format=${encodeURIComponent(format)}`), 'format');
      expectInvalid(await api.get(`/reports/top-customers?from=2026-01-01&to=2026-02-01&format=${encodeURIComponent(format)}`), 'format');
    }
    expectInvalid(await api.get('/reports/revenue?from=2026-01-01&to=2026-02-01&format=csv&format=json'), 'format');
  });

  it('hostile input on every route is answered with a 4xx JSON error, never a 5xx', async () => {
    const { api } = await start();
    await seed(api, SALES);
    await expectHostileInputRefused(
      api,
      [
      { method: 'POST', path: '/sales', body: { customer: 'Probe', amountCents: 100, soldAt: '2026-01-31T11:30:00Z' } },
      { method: 'GET', path: '/sales/:id' },
      { method: 'POST', path: '/sales/batch', body: { sales: [{ customer: 'Probe', amountCents: 100, soldAt: '2026-01-31T11:30:00Z' }] } },
      { method: 'GET', path: '/reports/revenue', query: ['from', 'to', 'groupBy', 'tz', 'format'] },
      { method: 'GET', path: '/reports/top-customers', query: ['from', 'to', 'tz', 'limit', 'format'] },
      ],
      { params: { id: '1' } },
    );
  });
});
