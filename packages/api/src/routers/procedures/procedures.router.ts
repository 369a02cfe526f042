import { publicProcedure, router } from '../../trpc';
import { procedureByCodeHandler } from './by-code.handler';
import { proceduresListHandler } from './list.handler';
import { procedureByCodeSchema, procedureVersionsSchema, proceduresListSchema } from './procedures.schema';
import { procedureVersionsHandler } from './versions.handler';

export const proceduresRouter = router({
  list: publicProcedure.input(proceduresListSchema).query(proceduresListHandler),
  byCode: publicProcedure.input(procedureByCodeSchema).query(procedureByCodeHandler),
  versions: publicProcedure.input(procedureVersionsSchema).query(procedureVersionsHandler),
});
