// A logical copy of the whole database, the same for PGlite and PostgreSQL (and from one to the other): every table
// of the public schema as JSON rows, read in one repeatable-read transaction, loaded back in one transaction in
// foreign-key order. Operators run it through `pnpm skhcn backup` / `pnpm skhcn restore`.
import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** What a backup holds besides the rows: enough to refuse a restore into another version of the schema. */
export interface DatabaseDumpManifest {
  format: 'skhcn-backup/1';
  createdAt: string;
  /** Migrations applied to the source database */
  migrations: number;
  /** Rows per table, in load order */
  tables: { name: string; rows: number }[];
}

type Executor = Pick<Database, 'execute'>;

/** The rows of a raw query; both drivers' results carry `rows`. */
export async function queryRows<T extends Record<string, unknown>>(
  db: Executor,
  query: ReturnType<typeof sql>,
): Promise<T[]> {
  const result: unknown = await db.execute<T>(query);
  return (result as { rows: T[] }).rows;
}
const rows = queryRows;

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/** Tables of the public schema, each after the tables its (not deferrable) foreign keys reference. */
export async function tablesInLoadOrder(db: Executor): Promise<string[]> {
  const tables = (
    await rows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((r) => r.name);
  // deferrable foreign keys (the one cycle of the schema: a science task and its host's application) are checked
  // at the restore's commit, so they do not order the load
  const edges = await rows<{ child: string; parent: string }>(
    db,
    sql`select distinct child.relname as child, parent.relname as parent
        from pg_constraint c
        join pg_class child on child.oid = c.conrelid
        join pg_class parent on parent.oid = c.confrelid
        join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public' and not c.condeferrable`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const e of edges) if (e.child === table && e.parent !== table) visit(e.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

async function migrationCount(db: Executor): Promise<number> {
  const [row] = await rows<{ n: number | string }>(
    db,
    sql`select count(*) as n from drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Reads every table in one consistent snapshot and hands each table's rows (JSON text, one per row) to `write`.
 * Returns the manifest.
 */
export async function dumpDatabase(
  db: Database,
  write: (table: string, jsonRows: string[]) => Promise<void>,
  now = new Date(),
): Promise<DatabaseDumpManifest> {
  return db.transaction(
    async (tx) => {
      const tables: DatabaseDumpManifest['tables'] = [];
      for (const name of await tablesInLoadOrder(tx)) {
        const json = (
          await rows<{ j: string }>(tx, sql`select row_to_json(t)::text as j from ${ident(name)} t`)
        ).map((r) => r.j);
        await write(name, json);
        tables.push({ name, rows: json.length });
      }
      return {
        format: 'skhcn-backup/1' as const,
        createdAt: now.toISOString(),
        migrations: await migrationCount(tx),
        tables,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/**
 * Loads a dump into a migrated database, in one transaction: refused when the schema versions differ, or when the
 * target already holds data (unless `replace`, which empties it first). Serial sequences continue after the
 * restored ids.
 */
export async function loadDatabase(
  db: Database,
  manifest: DatabaseDumpManifest,
  read: (table: string) => Promise<string[]>,
  options: { replace?: boolean } = {},
): Promise<void> {
  if (manifest.format !== 'skhcn-backup/1')
    throw new RestoreRefusedError('Không phải bản sao lưu của hệ thống.');
  const here = await migrationCount(db);
  if (here !== manifest.migrations) {
    throw new RestoreRefusedError(
      `Bản sao lưu có ${manifest.migrations} bước cập nhật cơ sở dữ liệu, phiên bản này có ${here}; hãy khôi phục bằng đúng phiên bản đã sao lưu. ` +
        `The backup has ${manifest.migrations} migrations, this version ${here}: restore with the version that made it.`,
    );
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`set constraints all deferred`);
    const order = await tablesInLoadOrder(tx);
    const nonEmpty: string[] = [];
    for (const name of order) {
      const [row] = await rows<{ any: boolean }>(tx, sql`select exists(select 1 from ${ident(name)}) as any`);
      if (row?.any) nonEmpty.push(name);
    }
    if (nonEmpty.length > 0 && !options.replace) {
      throw new RestoreRefusedError(
        `Cơ sở dữ liệu đích đã có dữ liệu (${nonEmpty.join(', ')}); thêm --replace để xoá và khôi phục. ` +
          `The target database is not empty (${nonEmpty.join(', ')}); pass --replace to empty it first.`,
      );
    }
    if (nonEmpty.length > 0) {
      await tx.execute(sql.raw(`truncate ${order.map((t) => `"${t}"`).join(', ')} restart identity cascade`));
    }
    // the rows are loaded as they were, derived tables (status counts) included: the triggers that maintain those
    // would count twice (the app's role owns its tables, so it may switch its own triggers off, in this transaction)
    for (const name of order) await tx.execute(sql`alter table ${ident(name)} disable trigger user`);
    const known = new Set(order);
    for (const { name } of manifest.tables) {
      if (!known.has(name)) throw new RestoreRefusedError(`Bảng không có trong phiên bản này: ${name}.`);
      const json = await read(name);
      for (let i = 0; i < json.length; i += 500) {
        const chunk = `[${json.slice(i, i + 500).join(',')}]`;
        await tx.execute(
          sql`insert into ${ident(name)} select * from json_populate_recordset(null::${ident(name)}, ${chunk}::json)`,
        );
      }
    }
    // the deferred checks run now (a table with pending checks cannot be altered)
    await tx.execute(sql`set constraints all immediate`);
    for (const name of order) await tx.execute(sql`alter table ${ident(name)} enable trigger user`);
    const serials = await rows<{ table: string; column: string }>(
      tx,
      sql`select table_name as "table", column_name as "column" from information_schema.columns
          where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    for (const { table, column } of serials) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${`"${table}"`}, ${column}), coalesce(max(${ident(column)}), 0) + 1, false) from ${ident(table)}`,
      );
    }
  });
}
