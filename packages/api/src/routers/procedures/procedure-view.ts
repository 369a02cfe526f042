import { DEFAULT_ORGANISATION_ID, organisations, routeProcedure, type ProcedureVersion } from '@skhcn/domain';

/** A procedure version with the unit it is routed to in this department. */
export type ProcedureView = ProcedureVersion & { unitCode: string | null };

export function toProcedureView(p: ProcedureVersion): ProcedureView {
  const org = organisations[DEFAULT_ORGANISATION_ID];
  return { ...p, unitCode: (org && routeProcedure(org, p.code)?.code) ?? null };
}
