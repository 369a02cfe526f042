import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporaryPglite } from '@skhcn/db/testing';
import { buildApp } from '../app';

describe('request ids and /metrics', () => {
  let handle: Awaited<ReturnType<typeof createTemporaryPglite>>;
  let app: FastifyInstance;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    handle = await createTemporaryPglite();
    app = await buildApp({
      database: handle,
      webRoot: tmpdir(),
      metricsToken: 'ma-doc-so-lieu',
      logger: {
        level: 'info',
        stream: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
      },
    });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('gives every answer a request id, found on each structured log line of that request', async () => {
    const a = await app.inject({ method: 'GET', url: '/healthz' });
    const b = await app.inject({ method: 'GET', url: '/healthz' });
    const id = String(a.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers['x-request-id']).not.toBe(id);
    const mine = lines.filter((l) => l.reqId === id);
    expect(mine.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(mine[1]).toMatchObject({ res: { statusCode: 200 } });
    // a proxy's id is kept; a malformed one is replaced
    const proxied = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'nginx-4f2a9c1e' },
    });
    expect(proxied.headers['x-request-id']).toBe('nginx-4f2a9c1e');
    const bad = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'x\ny' } });
    expect(bad.headers['x-request-id']).not.toBe('x\ny');
  });

  it('counts requests, latency and errors in the Prometheus format, for the token holder only', async () => {
    await app.inject({ method: 'GET', url: '/trpc/auth.me' });
    await app.inject({ method: 'GET', url: '/khong-co.js' });
    const anonymous = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.5' });
    expect(anonymous.statusCode).toBe(404);
    const res = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer ma-doc-so-lieu' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const healthz = /skhcn_http_requests_total\{method="GET",route="\/healthz",status="200"\} (\d+)/.exec(
      res.body,
    );
    expect(Number(healthz?.[1])).toBeGreaterThanOrEqual(2);
    expect(res.body).toMatch(/skhcn_http_requests_total\{method="GET",route="unmatched",status="404"\} 1/);
    expect(res.body).toMatch(
      /skhcn_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/healthz"\}/,
    );
    expect(res.body).toContain('# TYPE skhcn_http_errors_total counter');
    expect(res.body).toContain('# TYPE skhcn_outbox_pending gauge');
  });
});
