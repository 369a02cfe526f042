// @skhcn/db: drizzle schema, migrations, repositories. All SQL of the platform lives here.
export * as schema from './schema';
export * from './client';
export * from './backup';
export { DataDirLockedError, lockDataDir } from './data-dir-lock';
export * from './password';
export * from './seed';
export * from './repositories';
