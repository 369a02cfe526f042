// Extension points of the one-stop engine, so field apps add their own effects without forking it:
// - transition hooks run inside the command's transaction after every status change (e.g. queue a status update
//   for the national public-service portal in the outbox);
// - outcome issuers run inside the approval's transaction for the procedures they claim (e.g. TĐC issues its
//   receipt notice with a number); a failure rolls the approval back;
// - after-commit hooks run once the transaction committed (e.g. nudge the outbox worker); they never throw.
import type { DbTransaction, DossierEventRow, DossierRow } from '@skhcn/db';
import type { ProcedureVersion } from '@skhcn/domain';
import type { Context, SessionUser } from '../../context';

export interface DossierTransition {
  tx: DbTransaction;
  ctx: Context & { user: SessionUser };
  /** The dossier as the command left it (for a new dossier, as inserted) */
  dossier: DossierRow;
  /** The event the command appended */
  event: DossierEventRow;
  procedure: ProcedureVersion;
}

export type DossierTransitionHook = (t: DossierTransition) => Promise<void>;
export type DossierOutcomeIssuer = (t: DossierTransition) => Promise<void>;
export type AfterCommitHook = (ctx: Context) => void;

// Keyed by name: registering again (a second import, a test) replaces rather than duplicates.
const transitionHooks = new Map<string, DossierTransitionHook>();
const outcomeIssuers = new Map<
  string,
  { matches: (procedureCode: string) => boolean; issue: DossierOutcomeIssuer }
>();
const afterCommitHooks = new Map<string, AfterCommitHook>();

export function registerTransitionHook(name: string, hook: DossierTransitionHook): void {
  transitionHooks.set(name, hook);
}

/** `procedures`: the procedure codes the issuer handles, or a predicate on the code. */
export function registerOutcomeIssuer(
  name: string,
  procedures: readonly string[] | ((procedureCode: string) => boolean),
  issue: DossierOutcomeIssuer,
): void {
  const matches = typeof procedures === 'function' ? procedures : (c: string) => procedures.includes(c);
  outcomeIssuers.set(name, { matches, issue });
}

export function registerAfterCommitHook(name: string, hook: AfterCommitHook): void {
  afterCommitHooks.set(name, hook);
}

/** Runs every transition hook, in registration order, in the command's transaction. */
export async function runTransitionHooks(t: DossierTransition): Promise<void> {
  for (const hook of transitionHooks.values()) await hook(t);
}

/** Runs the outcome issuers that claim the dossier's procedure, in the approval's transaction. */
export async function issueOutcome(t: DossierTransition): Promise<void> {
  for (const issuer of outcomeIssuers.values()) {
    if (issuer.matches(t.dossier.procedureCode)) await issuer.issue(t);
  }
}

/** Runs after a command committed; a failing hook is logged, never thrown. */
export function runAfterCommitHooks(ctx: Context): void {
  for (const [name, hook] of afterCommitHooks) {
    try {
      hook(ctx);
    } catch (err) {
      ctx.logger.error({ err, hook: name }, 'after-commit hook failed');
    }
  }
}
