import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows, tablesInLoadOrder } from './backup';
import { describeEachDatabase } from './testing';

describeEachDatabase('backup load order', (t) => {
  it('puts every table after the tables its immediate foreign keys reference (a new cycle must be deferrable)', async () => {
    const order = await tablesInLoadOrder(t.db);
    const position = new Map(order.map((name, i) => [name, i]));
    const immediate = await queryRows<{ child: string; parent: string; name: string }>(
      t.db,
      sql`select child.relname as child, parent.relname as parent, c.conname as name
          from pg_constraint c
          join pg_class child on child.oid = c.conrelid
          join pg_class parent on parent.oid = c.confrelid
          where c.contype = 'f' and not c.condeferrable and child.relname <> parent.relname`,
    );
    expect(immediate.length).toBeGreaterThan(20);
    const misplaced = immediate.filter(
      (e) => (position.get(e.parent) ?? Infinity) > (position.get(e.child) ?? -Infinity),
    );
    expect(misplaced.map((e) => e.name)).toEqual([]);
  });

  it('knows the one cycle of the schema, a science task and its host application, as deferrable', async () => {
    const deferrable = await queryRows<{ name: string }>(
      t.db,
      sql`select conname as name from pg_constraint where contype = 'f' and condeferrable order by conname`,
    );
    expect(deferrable.map((d) => d.name)).toEqual([
      'science_tasks_host_application_id_science_applications_id_fk',
    ]);
  });
});
