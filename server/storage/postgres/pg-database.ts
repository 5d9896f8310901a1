// One pool of connections to PostgreSQL, with the two ways the repositories use it: a single statement, or a
// transaction that commits only if the function given to it returns (and rolls back on anything it throws).

import pg from 'pg';

export interface PgQueryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

export interface PgDatabase extends PgQueryable {
  /** The schema every table lives in: `public` unless the installation was given another. */
  readonly schema: string;
  /**
   * Runs `work` in one transaction on one connection and commits when it returns; whatever it throws rolls
   * everything back and is thrown on. A serialization failure or deadlock is retried from the start, so
   * `work` must do nothing outside the database it would regret doing twice.
   */
  transaction<T>(work: (tx: PgQueryable) => Promise<T>): Promise<T>;
  /** A connection of its own, for LISTEN or a session-level lock; release it when done. */
  connect(): Promise<pg.PoolClient>;
  /**
   * A connection outside the pool, for what keeps one for long (a hold for as long as a mailing runs): held
   * on the pool's, as many of them as it has connections would leave none for the work they guard. End it
   * when done.
   */
  openClient(): Promise<pg.Client>;
  close(): Promise<void>;
}

/** SQLSTATEs after which a transaction is worth running again: nothing of it was kept. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

/** A schema name safe to write into SQL: letters, digits and underscores, starting with a letter. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`"${schema}" is not a schema name: use lower-case letters, digits and underscores`);
  }
  return schema;
}

export function openPgDatabase(
  url: string,
  { schema = 'public', max = 10 }: { schema?: string; max?: number } = {},
): PgDatabase {
  checkSchemaName(schema);
  const config = {
    connectionString: url,
    // Every connection reads and writes this installation's schema alone.
    options: `-c search_path=${schema}`,
    application_name: 'groundwork',
  };
  const pool = new pg.Pool({ ...config, max });
  // An idle connection that the server drops (a restart, a failover) must not take the process down.
  pool.on('error', () => undefined);
  // Nor one cut while checked out (in a transaction, a scan, a hold): the pool listens only to idle ones, and
  // an 'error' event nobody listens to is thrown, ending the process. The call under way is rejected anyway,
  // and the pool drops the dead connection when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    schema,
    query: (text, values) => pool.query(text, values && storable(values)),
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        const tx: PgQueryable = { query: (text, values) => client.query(text, values && storable(values)) };
        try {
          await client.query('BEGIN');
          const result = await work(tx);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = (error as { code?: string }).code;
          if (code !== undefined && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) continue;
          throw error;
        } finally {
          client.release();
        }
      }
    },
    connect: () => pool.connect(),
    async openClient() {
      const client = new pg.Client(config);
      // As for the pool's: a connection cut must not throw an 'error' event nobody listens to.
      client.on('error', () => undefined);
      try {
        await client.connect();
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      return client;
    },
    close: () => pool.end(),
  };
}

// Text PostgreSQL cannot hold, which a request can carry: NUL (refused in any text), and lone UTF-16
// surrogates, which JSON.stringify writes as escapes that jsonb refuses (a raw one in text is sent as U+FFFD by
// the UTF-8 encoding already). Refused, the statement failed and the request answered 500; so every such
// character becomes U+FFFD on its way in, the same in a document and in the column beside it, and a lookup by
// such a value finds nothing rather than failing. Normal text is passed through untouched (one regex test).
const NUL = String.fromCharCode(0);
const SUSPECT = new RegExp(`${NUL}|\\\\u(?:0000|[dD][89a-fA-F])`);

function storable(values: unknown[]): unknown[] {
  return values.map((v) => {
    if (typeof v === 'string') return storableText(v);
    if (Array.isArray(v)) return storable(v);
    // An object pg would send as JSON.stringify writes it: written so here, to be looked at the same way.
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
      return storableText(JSON.stringify(v));
    return v;
  });
}

function storableText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const raw = text.replaceAll('\u0000', '\ufffd');
  return /^\s*[[{"]/.test(raw) ? storableJsonEscapes(raw) : raw;
}

/** JSON text with each \u0000 escape and each unpaired surrogate escape written as \ufffd. */
function storableJsonEscapes(json: string): string {
  const hex = (at: number) => Number.parseInt(json.slice(at, at + 4), 16);
  let out = '';
  for (let i = 0; i < json.length;) {
    if (json[i] !== '\\') {
      out += json[i++];
    } else if (json[i + 1] !== 'u') {
      out += json.slice(i, i + 2); // an escape of one character, an escaped backslash among them
      i += 2;
    } else {
      const code = hex(i + 2);
      const paired =
        code >= 0xd800 &&
        code <= 0xdbff &&
        json.startsWith('\\u', i + 6) &&
        hex(i + 8) >= 0xdc00 &&
        hex(i + 8) <= 0xdfff;
      if (paired) {
        out += json.slice(i, i + 12);
        i += 12;
      } else {
        out += code === 0 || (code >= 0xd800 && code <= 0xdfff) ? '\\ufffd' : json.slice(i, i + 6);
        i += 6;
      }
    }
  }
  return out;
}

/** A 64-bit advisory-lock key for a name, scoped to the schema so that installations sharing a database never wait on each other. */
export function lockKeySql(param: string): string {
  return `hashtextextended(current_schema() || ':' || ${param}, 0)`;
}
