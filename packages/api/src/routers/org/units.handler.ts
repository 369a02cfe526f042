import { listUnits } from '@skhcn/db';
import { DEFAULT_ORGANISATION_ID, organisations, type UnitKind } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';

export interface UnitView {
  code: string;
  orgId: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Khoản of Điều 2 the unit mainly serves (from the organisation config) */
  khoan: number[];
}

export async function orgUnitsHandler({ ctx }: { ctx: AuthedContext }): Promise<UnitView[]> {
  const rows = await listUnits(ctx.db);
  const config = organisations[DEFAULT_ORGANISATION_ID];
  return rows.map((r) => ({
    code: r.code,
    orgId: r.orgId,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind as UnitKind,
    khoan: config?.units.find((u) => u.code === r.code)?.khoan ?? [],
  }));
}
