// The science module's only calls into the one-stop dossier engine, through its public entry: creating the
// registration dossier (thủ tục 1.004473). The certificate issued on approval is the science extension of the
// engine (certificate-issuer.ts), composed at start-up in platform.ts.
import type { Context, SessionUser } from '../../context';
import { createDossier, type CommandResult, type NewDossierInput } from '../../one-stop';

export type { DossierTransition, EngineExtension } from '../../one-stop';

/** Creates the registration dossier through the engine (code, receipt, deadline, first event) in one transaction. */
export function createRegistrationDossier(
  ctx: Context & { user: SessionUser },
  input: NewDossierInput,
): Promise<CommandResult> {
  return createDossier(ctx, input);
}
