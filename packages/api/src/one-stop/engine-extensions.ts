// Extension points of the one-stop engine, so fields add their own effects without forking it. They are plain
// values composed explicitly at start-up (see platform.ts) and carried by the request context; nothing registers
// itself on import.
// - transition hooks run inside the command's transaction after every step (e.g. queue a status update for the
//   national public-service portal in the outbox);
// - outcome issuers run inside the approval's transaction for the procedures they claim (e.g. TĐC issues its
//   receipt notice with a number); a failure rolls the approval back;
// - approval guards run inside the transaction of the steps that propose or give the approval (trình ký with an
//   approving proposal, phê duyệt) for the procedures they claim, and refuse with a DomainError while a field's own
//   condition is unmet (e.g. a postal licence whose conditions are not appraised as met);
// - after-commit hooks run once the transaction committed (e.g. nudge the outbox worker); they never throw.
import type { DbTransaction, DossierEventRow, DossierRow } from '@skhcn/db';
import type { ProcedureVersion } from '@skhcn/domain';
import type { Context, SessionUser } from '../context';
import type { ResultDocuments } from './dossier-documents';

export interface DossierTransition {
  tx: DbTransaction;
  ctx: Context & { user: SessionUser };
  /** The dossier as the command left it (for a new dossier, as inserted) */
  dossier: DossierRow;
  /** The event the command appended */
  event: DossierEventRow;
  procedure: ProcedureVersion;
}

export interface TransitionHook {
  name: string;
  run: (t: DossierTransition) => Promise<void>;
}

export interface OutcomeIssuer {
  name: string;
  /** The procedure codes the issuer handles */
  procedures: readonly string[];
  issue: (t: DossierTransition) => Promise<void>;
}

export interface ApprovalCheck {
  tx: DbTransaction;
  ctx: Context & { user: SessionUser };
  dossier: DossierRow;
  procedure: ProcedureVersion;
  /** the Vietnam date of the step */
  today: string;
}

export interface ApprovalGuard {
  name: string;
  /** The procedure codes the guard checks */
  procedures: readonly string[];
  /** Throws a DomainError when the dossier may not be proposed for approval or approved yet */
  check: (c: ApprovalCheck) => Promise<void>;
}

export interface AfterCommitHook {
  name: string;
  run: (ctx: Context) => void;
}

/** Everything a field or an integration adds to the engine. */
export interface EngineExtension {
  transitionHooks?: readonly TransitionHook[];
  outcomeIssuers?: readonly OutcomeIssuer[];
  approvalGuards?: readonly ApprovalGuard[];
  afterCommit?: readonly AfterCommitHook[];
  /** The field's result documents (a notice, a licence…) shown with the dossier */
  resultDocuments?: readonly ResultDocuments[];
}

/** The extensions in force, composed once. */
export interface EngineExtensions {
  readonly transitionHooks: readonly TransitionHook[];
  readonly outcomeIssuers: readonly OutcomeIssuer[];
  readonly approvalGuards: readonly ApprovalGuard[];
  readonly afterCommit: readonly AfterCommitHook[];
  readonly resultDocuments: readonly ResultDocuments[];
}

export const NO_EXTENSIONS: EngineExtensions = Object.freeze({
  transitionHooks: [],
  outcomeIssuers: [],
  approvalGuards: [],
  afterCommit: [],
  resultDocuments: [],
});

/**
 * Composes extensions in order. Names must be unique, and a procedure may have only one outcome issuer (two would
 * both issue a result for the same approval).
 */
export function composeExtensions(parts: readonly EngineExtension[]): EngineExtensions {
  const all: EngineExtensions = {
    transitionHooks: parts.flatMap((p) => p.transitionHooks ?? []),
    outcomeIssuers: parts.flatMap((p) => p.outcomeIssuers ?? []),
    approvalGuards: parts.flatMap((p) => p.approvalGuards ?? []),
    afterCommit: parts.flatMap((p) => p.afterCommit ?? []),
    resultDocuments: parts.flatMap((p) => p.resultDocuments ?? []),
  };
  const names = [
    ...all.transitionHooks,
    ...all.outcomeIssuers,
    ...all.approvalGuards,
    ...all.afterCommit,
    ...all.resultDocuments,
  ].map((x) => x.name);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`engine extensions named twice: ${[...new Set(twice)].join(', ')}`);
  const claimed = new Map<string, string>();
  for (const issuer of all.outcomeIssuers) {
    for (const code of issuer.procedures) {
      const other = claimed.get(code);
      if (other) throw new Error(`procedure ${code} has two outcome issuers: ${other} and ${issuer.name}`);
      claimed.set(code, issuer.name);
    }
  }
  return Object.freeze(all);
}

/** Runs every transition hook, in order, in the command's transaction. */
export async function runTransitionHooks(t: DossierTransition): Promise<void> {
  for (const hook of t.ctx.extensions.transitionHooks) await hook.run(t);
}

/** Runs the outcome issuer that claims the dossier's procedure, if any, in the approval's transaction. */
export async function issueOutcome(t: DossierTransition): Promise<void> {
  for (const issuer of t.ctx.extensions.outcomeIssuers) {
    if (issuer.procedures.includes(t.dossier.procedureCode)) await issuer.issue(t);
  }
}

/** Runs every approval guard that claims the dossier's procedure; the first refusal throws. */
export async function checkApprovalGuards(c: ApprovalCheck): Promise<void> {
  for (const guard of c.ctx.extensions.approvalGuards) {
    if (guard.procedures.includes(c.dossier.procedureCode)) await guard.check(c);
  }
}

/** Runs after a command committed; a failing hook is logged, never thrown. */
export function runAfterCommitHooks(ctx: Context): void {
  for (const hook of ctx.extensions.afterCommit) {
    try {
      hook.run(ctx);
    } catch (err) {
      ctx.logger.error({ err, hook: hook.name }, 'after-commit hook failed');
    }
  }
}
