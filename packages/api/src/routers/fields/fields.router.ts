import { publicProcedure, router } from '../../trpc';
import { fieldBySlugHandler } from './by-slug.handler';
import { fieldBySlugSchema } from './by-slug.schema';
import { fieldsMapHandler } from './map.handler';

export const fieldsRouter = router({
  map: publicProcedure.query(fieldsMapHandler),
  bySlug: publicProcedure.input(fieldBySlugSchema).query(fieldBySlugHandler),
});
