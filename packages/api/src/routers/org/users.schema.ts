import { z } from 'zod';

export const unitCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'Vui lòng chọn đơn vị.' })
  .max(32, { message: 'Mã đơn vị quá dài.' });

export const orgUsersSchema = z.object({ unitCode: unitCodeSchema });
export type OrgUsersInput = z.infer<typeof orgUsersSchema>;
