// Accounts for operators: the first administrator of a fresh install, and deactivating accounts (demo ones too:
// their history keeps them in the database, deactivated they can no longer sign in).
import {
  DEMO_USERNAMES,
  findUserByUsername,
  generatePassword,
  hashPassword,
  setUserActive,
  upsertUnits,
  upsertUser,
  type Database,
} from '@skhcn/db';
import { DEFAULT_ORGANISATION_ID, getOrganisation } from '@skhcn/domain';

export const MIN_PASSWORD_LENGTH = 12;

/** A password an operator can type (the one generator, shared with the administration screen's resets). */
export { generatePassword };

/**
 * Creates an administrator (Quản trị hệ thống) of the office unit, or refuses when the username is taken. The units
 * of the organisation are written first, so this works on an empty database.
 */
export async function createAdministrator(
  db: Database,
  input: { username: string; fullName: string; password: string; unitCode?: string },
): Promise<{ id: string }> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,100}$/.test(username)) {
    throw new Error(
      'Tên đăng nhập gồm 3–100 chữ thường, số, dấu chấm, gạch. / Username: 3–100 of a-z 0-9 . _ -',
    );
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(
      `Mật khẩu tối thiểu ${MIN_PASSWORD_LENGTH} ký tự. / The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  if (await findUserByUsername(db, username)) {
    throw new Error(`Tài khoản ${username} đã có. / The account ${username} exists already.`);
  }
  const org = getOrganisation(DEFAULT_ORGANISATION_ID);
  await upsertUnits(db, org.id, org.units);
  const unitCode = input.unitCode ?? org.units.find((u) => u.kind === 'office')?.code ?? 'VP';
  const id = await upsertUser(db, {
    username,
    fullName: input.fullName,
    passwordHash: await hashPassword(input.password),
    memberships: [{ unitCode, role: 'admin' }],
  });
  return { id };
}

/** Deactivates accounts by username (all demo accounts with `demo`); the usernames actually deactivated. */
export async function deactivateAccounts(
  db: Database,
  usernames: readonly string[],
  options: { demo?: boolean } = {},
): Promise<string[]> {
  const names = [...usernames, ...(options.demo ? DEMO_USERNAMES : [])];
  const done: string[] = [];
  for (const name of names) {
    const user = await findUserByUsername(db, name.trim().toLowerCase());
    if (!user) continue;
    await setUserActive(db, user.id, false);
    done.push(user.username);
  }
  return done;
}
