// The tRPC endpoint on fastify: what @trpc/server's fastify adapter does (the request as a fetch Request, the
// router answering through tRPC's resolveResponse), except how the answer goes out. The adapter hands fastify the
// fetch Response itself, whose body fastify turns into a Node stream and @fastify/compress pipes through a zlib
// stream; for an ordinary JSON answer (every call the apps make: httpLink and httpBatchLink) that machinery cost
// more CPU than the procedure. Here a JSON answer is read whole and sent as bytes, which fastify writes at once
// and @fastify/compress compresses in one synchronous call. Any other answer (a streamed batch, a subscription)
// still goes out as the Response.
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { resolveResponse, type HTTPErrorHandler } from '@trpc/server/http';
import type { AnyRouter, inferRouterContext } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface TrpcRouteOptions<TRouter extends AnyRouter> {
  router: TRouter;
  maxBatchSize: number;
  createContext: (opts: {
    req: FastifyRequest;
    res: FastifyReply;
  }) => inferRouterContext<TRouter> | Promise<inferRouterContext<TRouter>>;
  onError?: (opts: Parameters<HTTPErrorHandler<TRouter, FastifyRequest>>[0]) => void;
}

/** Registers `/trpc/:path` (every method) as an encapsulated plugin: its body parsers apply to it alone. */
export async function trpcRoute<TRouter extends AnyRouter>(
  app: FastifyInstance,
  options: TrpcRouteOptions<TRouter>,
): Promise<void> {
  await app.register(
    (scope, _opts, done) => {
      // tRPC parses the bodies itself (as the official adapter: the raw text reaches the Request)
      scope.removeContentTypeParser('application/json');
      scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, next) => {
        next(null, body);
      });
      scope.all<{ Params: { path: string } }>('/:path', async (req, reply) => {
        const incoming = req.raw as typeof req.raw & { body?: unknown };
        if (req.body !== undefined) incoming.body = req.body;
        const res = await resolveResponse({
          router: options.router,
          req: incomingMessageToRequest(incoming, reply.raw, { maxBodySize: null }),
          path: req.params.path,
          maxBatchSize: options.maxBatchSize,
          error: null,
          createContext: async () => options.createContext({ req, res: reply }),
          onError: (o) => options.onError?.({ ...o, req }),
        });
        reply.code(res.status);
        for (const [name, value] of res.headers) reply.header(name, value);
        const type = res.headers.get('content-type') ?? '';
        if (res.body === null) return reply.send();
        if (!type.startsWith('application/json')) return reply.send(res.body);
        // the bytes as they are: no decoding to a string that would be encoded again
        return reply.send(Buffer.from(await res.arrayBuffer()));
      });
      done();
    },
    { prefix: '/trpc' },
  );
}
