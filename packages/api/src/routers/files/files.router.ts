import { protectedProcedure, router } from '../../trpc';
import { filesByIdsHandler } from './by-ids.handler';
import { filesByIdsSchema } from './files.schema';

/** Metadata of uploads; the bytes go through POST /api/files and GET /api/files/:id on the server. */
export const filesRouter = router({
  byIds: protectedProcedure.input(filesByIdsSchema).query(filesByIdsHandler),
});
