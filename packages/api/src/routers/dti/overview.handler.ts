import { findDtiUnitsByIds } from '@skhcn/db';
import type { AuthedContext } from '../../trpc';
import { isDtiTeam, reporterUnitsOf } from './dti-access';

export interface DtiOverview {
  /** On the CĐS team: sees every cycle and unit */
  team: boolean;
  canManage: boolean;
  canReview: boolean;
  /** The assessed units this user reports for */
  reporterUnits: { id: string; name: string }[];
}

/** dti.overview: what the signed-in user may do in the DTI app (the app's menu and home page follow it). */
export async function overviewHandler({ ctx }: { ctx: AuthedContext }): Promise<DtiOverview> {
  const units = await findDtiUnitsByIds(ctx.db, await reporterUnitsOf(ctx.db, ctx.user));
  return {
    team: isDtiTeam(ctx.user, 'dti.read'),
    canManage: isDtiTeam(ctx.user, 'dti.manage'),
    canReview: isDtiTeam(ctx.user, 'dti.review'),
    reporterUnits: units
      .map((u) => ({ id: u.id, name: u.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
