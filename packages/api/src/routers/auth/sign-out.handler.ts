import { deleteSession } from '@skhcn/db';
import type { Context } from '../../context';

export async function signOutHandler({ ctx }: { ctx: Context }): Promise<{ ok: true }> {
  if (ctx.sessionId) await deleteSession(ctx.db, ctx.sessionId);
  ctx.clearSessionCookie();
  return { ok: true };
}
