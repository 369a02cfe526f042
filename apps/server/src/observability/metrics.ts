// Operators' view of the process in the Prometheus text format: requests, latency, errors, the outbox backlog.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { pendingOutboxCounts, type Database } from '@skhcn/db';

export interface MetricsOptions {
  db: Database;
  /** When set, /metrics needs `Authorization: Bearer <token>`; without it only loopback addresses may read it */
  token?: string | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The route pattern of a request (bounded label values), "unmatched" for 404s. */
function routeOf(req: FastifyRequest): string {
  const url = req.routeOptions.url;
  return url ?? 'unmatched';
}

export function registerMetrics(app: FastifyInstance, options: MetricsOptions): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'skhcn_' });
  const requests = new Counter({
    name: 'skhcn_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [register],
  });
  const errors = new Counter({
    name: 'skhcn_http_errors_total',
    help: 'HTTP requests answered with a 5xx status, by route',
    labelNames: ['route'] as const,
    registers: [register],
  });
  const latency = new Histogram({
    name: 'skhcn_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  new Gauge({
    name: 'skhcn_outbox_pending',
    help: 'Messages waiting in the outbox for a national system, by target',
    labelNames: ['target'] as const,
    registers: [register],
    async collect() {
      this.reset();
      for (const [target, n] of Object.entries(await pendingOutboxCounts(options.db)))
        this.set({ target }, n);
    },
  });

  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    const route = routeOf(req);
    const status = reply.statusCode;
    requests.inc({ method: req.method, route, status: String(status) });
    latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    if (status >= 500) errors.inc({ route });
  });

  app.get('/metrics', async (req, reply) => {
    const auth = req.headers.authorization;
    const allowed = options.token
      ? auth === `Bearer ${options.token}`
      : LOOPBACK.has(req.socket.remoteAddress ?? '');
    if (!allowed) {
      return reply.code(404).send({
        error: {
          message: 'Không tìm thấy tài nguyên được yêu cầu.',
          data: { appCode: 'NOT_FOUND', httpStatus: 404 },
        },
      });
    }
    return reply
      .type(register.contentType)
      .header('cache-control', 'no-store')
      .send(await register.metrics());
  });
  return register;
}
