import type { Database } from '../client';

/** A transaction handed out by `db.transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The database or a transaction on it: repositories that must join the caller's transaction take this. */
export type DbExecutor = Database | DbTransaction;
