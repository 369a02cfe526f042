import { z } from 'zod';
import { dtiLevelSchema } from '@skhcn/domain';
import { protectedProcedure, router } from '../../trpc';
import {
  cycleCloseHandler,
  cycleGetHandler,
  cycleListHandler,
  cycleOpenHandler,
  unitListHandler,
} from './cycles.handler';
import { cycleCloseSchema, cycleGetSchema, cycleOpenSchema } from './cycles.schema';
import {
  frameworkCopyHandler,
  frameworkCreateHandler,
  frameworkGetHandler,
  frameworkListHandler,
  frameworkSaveHandler,
} from './frameworks.handler';
import {
  frameworkCopySchema,
  frameworkCreateSchema,
  frameworkGetSchema,
  frameworkListSchema,
  frameworkSaveSchema,
} from './frameworks.schema';
import { inputSaveHandler, inputSubmitHandler, unitEntryHandler } from './inputs.handler';
import { inputSaveSchema, inputSubmitSchema, unitEntrySchema } from './inputs.schema';
import { overviewHandler } from './overview.handler';
import {
  decompositionHandler,
  exportHandler,
  resultsGetHandler,
  sensitivityHandler,
  whatIfHandler,
} from './results.handler';
import { decompositionSchema, resultsGetSchema, sensitivitySchema, whatIfSchema } from './results.schema';
import { reviewDecideHandler, reviewQueueHandler } from './review.handler';
import { reviewDecideSchema, reviewQueueSchema } from './review.schema';

/**
 * The digital-transformation index (khoản 18 điểm h): frameworks, cycles, the units' inputs with evidence, the review,
 * results and analyses. Every mutation is a command: rights, state, version check and a dti_events row in one
 * transaction.
 */
export const dtiRouter = router({
  overview: protectedProcedure.query(overviewHandler),
  frameworks: router({
    list: protectedProcedure.input(frameworkListSchema).query(frameworkListHandler),
    get: protectedProcedure.input(frameworkGetSchema).query(frameworkGetHandler),
    create: protectedProcedure.input(frameworkCreateSchema).mutation(frameworkCreateHandler),
    save: protectedProcedure.input(frameworkSaveSchema).mutation(frameworkSaveHandler),
    copy: protectedProcedure.input(frameworkCopySchema).mutation(frameworkCopyHandler),
  }),
  units: router({
    list: protectedProcedure
      .input(z.object({ level: dtiLevelSchema.optional() }).optional())
      .query(unitListHandler),
  }),
  cycles: router({
    list: protectedProcedure.query(cycleListHandler),
    get: protectedProcedure.input(cycleGetSchema).query(cycleGetHandler),
    open: protectedProcedure.input(cycleOpenSchema).mutation(cycleOpenHandler),
    close: protectedProcedure.input(cycleCloseSchema).mutation(cycleCloseHandler),
  }),
  inputs: router({
    forUnit: protectedProcedure.input(unitEntrySchema).query(unitEntryHandler),
    save: protectedProcedure.input(inputSaveSchema).mutation(inputSaveHandler),
    submit: protectedProcedure.input(inputSubmitSchema).mutation(inputSubmitHandler),
  }),
  review: router({
    queue: protectedProcedure.input(reviewQueueSchema).query(reviewQueueHandler),
    decide: protectedProcedure.input(reviewDecideSchema).mutation(reviewDecideHandler),
  }),
  results: router({
    get: protectedProcedure.input(resultsGetSchema).query(resultsGetHandler),
    whatIf: protectedProcedure.input(whatIfSchema).query(whatIfHandler),
    sensitivity: protectedProcedure.input(sensitivitySchema).query(sensitivityHandler),
    decomposition: protectedProcedure.input(decompositionSchema).query(decompositionHandler),
    export: protectedProcedure.input(resultsGetSchema).query(exportHandler),
  }),
});
