import { procedureVersions } from '@skhcn/domain';
import { unknownProcedure } from './by-code.handler';
import { toProcedureView, type ProcedureView } from './procedure-view';
import type { ProcedureVersionsInput } from './procedures.schema';

export function procedureVersionsHandler({ input }: { input: ProcedureVersionsInput }): ProcedureView[] {
  const versions = procedureVersions(input.code);
  if (versions.length === 0) throw unknownProcedure(input.code);
  return versions.map(toProcedureView);
}
