import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemporaryPglite } from '@skhcn/db/testing';
import { buildApp, CONTENT_SECURITY_POLICY, HSTS } from './app';

describe('security headers and what is served', () => {
  let webRoot: string;
  let handle: Awaited<ReturnType<typeof createTemporaryPglite>>;
  beforeAll(async () => {
    handle = await createTemporaryPglite();
    webRoot = mkdtempSync(join(tmpdir(), 'skhcn-web-'));
    for (const dir of ['apps/shell/dist', 'apps/conformity/dist'])
      mkdirSync(join(webRoot, dir), { recursive: true });
    writeFileSync(join(webRoot, 'apps/shell/dist/index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webRoot, 'apps/shell/dist/mockServiceWorker.js'), '/* msw */');
    writeFileSync(join(webRoot, 'apps/conformity/dist/remoteEntry.js'), 'export {}');
    writeFileSync(join(webRoot, 'apps/conformity/dist/mockServiceWorker.js'), '/* msw */');
  });
  afterAll(async () => {
    await handle.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a CSP without inline script that no other site may frame, on pages and API answers', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    const app = await buildApp({ database: handle, webRoot });
    try {
      for (const url of ['/', '/thu-tuc/tdc.hop-quy', '/healthz', '/trpc/auth.me']) {
        const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        expect(res.headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
        expect(res.headers['x-frame-options'], url).toBe('DENY');
      }
      // HSTS only in production (development runs on plain http://localhost)
      expect(
        (await app.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security'],
      ).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('sends HSTS in production', async () => {
    const app = await buildApp({ database: handle, webRoot, production: true });
    try {
      const res = await app.inject({ method: 'GET', url: '/healthz' });
      expect(res.headers['strict-transport-security']).toBe(HSTS);
    } finally {
      await app.close();
    }
  });

  it('never serves msw’s mock service worker, even when a build left it behind', async () => {
    const app = await buildApp({ database: handle, webRoot });
    try {
      expect((await app.inject({ method: 'GET', url: '/apps/conformity/remoteEntry.js' })).statusCode).toBe(
        200,
      );
      for (const url of ['/mockServiceWorker.js', '/apps/conformity/mockServiceWorker.js']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.body).not.toContain('msw');
      }
    } finally {
      await app.close();
    }
  });
});
