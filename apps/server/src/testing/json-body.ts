// Test helper (not a test file): the JSON bodies the server answers, parsed with zod, so that a test reads typed
// fields and a body of another shape fails with zod's explanation rather than as `undefined` deep in an `any`.
import { z } from 'zod';

/** What fastify's inject() answers: its json() is typed any. */
interface JsonResponse {
  json(): unknown;
}

const errorBody = z.object({
  error: z.object({
    message: z.string(),
    data: z.looseObject({
      appCode: z.string(),
      code: z.string().optional(),
      httpStatus: z.number().optional(),
      path: z.string().optional(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      stack: z.string().optional(),
    }),
  }),
});

const trpcResult = z.object({ result: z.object({ data: z.unknown() }) });

/** The error of an answer in tRPC's error shape (tRPC, and the file, document and report routes). */
export function errorOf(res: JsonResponse): z.infer<typeof errorBody>['error'] {
  return errorBody.parse(res.json()).error;
}

/** The data of a tRPC answer, checked against `schema`. */
export function trpcDataOf<T extends z.ZodType>(res: JsonResponse, schema: T): z.output<T> {
  return schema.parse(trpcResult.parse(res.json()).result.data);
}

/** A plain JSON answer, checked against `schema`. */
export function jsonOf<T extends z.ZodType>(res: JsonResponse, schema: T): z.output<T> {
  return schema.parse(res.json());
}
