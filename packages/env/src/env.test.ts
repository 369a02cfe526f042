import { describe, expect, it } from 'vitest';
import { ENV, EnvError, readEnv, serverEnv, testEnv, type EnvReader } from './env';

/** The error readEnv throws for `source`. */
function refusal(reader: EnvReader, source: Record<string, string>): EnvError {
  try {
    readEnv(reader, source);
  } catch (e) {
    if (e instanceof EnvError) return e;
    throw e;
  }
  throw new Error('expected an EnvError');
}

describe('server environment', () => {
  it('starts on a fresh machine with nothing set: the documented defaults', () => {
    expect(serverEnv({})).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_URL: undefined,
      DATABASE_POOL_MAX: 10,
      TRUST_PROXY: false,
      SECURE_COOKIES: false,
      NODE_ENV: undefined,
      SEED_DEMO: undefined,
      PUBLIC_ORIGIN: undefined,
    });
  });

  it('reads the values a deployment sets', () => {
    const env = serverEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://skhcn:mat-khau@db.internal:5432/skhcn',
      TRUST_PROXY: '1',
      SECURE_COOKIES: 'true',
      SEED_DEMO: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PUBLIC_ORIGIN: 'https://dichvucong.skhcn.haiphong.gov.vn/',
      INTEGRATION_TIMEOUT_MS: '2500',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://skhcn:mat-khau@db.internal:5432/skhcn',
      TRUST_PROXY: 1,
      SECURE_COOKIES: true,
      SEED_DEMO: false,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PUBLIC_ORIGIN: 'https://dichvucong.skhcn.haiphong.gov.vn',
      INTEGRATION_TIMEOUT_MS: 2500,
    });
  });

  it('counts a blank value as unset (the end-to-end harness sets DATABASE_URL= to force PGlite)', () => {
    expect(serverEnv({ DATABASE_URL: '', PORT: '  ' })).toMatchObject({
      DATABASE_URL: undefined,
      PORT: 3000,
    });
  });

  it.each([
    ['PORT', 'abc', 'PORT=abc: cần một số nguyên từ 1 đến 65535 / expected an integer from 1 to 65535'],
    ['PORT', '70000', 'PORT=70000: cần một số nguyên từ 1 đến 65535'],
    ['PORT', '80.5', 'PORT=80.5: cần một số nguyên'],
    ['TRUST_PROXY', 'yes', 'TRUST_PROXY=yes: cần số tầng proxy (1, 2…) hoặc địa chỉ của proxy'],
    ['TRUST_PROXY', 'true', 'TRUST_PROXY=true: cần số tầng proxy'],
    ['TRUST_PROXY', '10.0.0.0/33', 'TRUST_PROXY=10.0.0.0/33: cần số tầng proxy'],
    ['NODE_ENV', 'prod', 'NODE_ENV=prod: cần một trong development, production, test'],
    [
      'LOG_LEVEL',
      'verbose',
      'LOG_LEVEL=verbose: cần một trong fatal, error, warn, info, debug, trace, silent',
    ],
    [
      'PUBLIC_ORIGIN',
      'dichvucong.gov.vn',
      'PUBLIC_ORIGIN=dichvucong.gov.vn: cần một địa chỉ (http://, https://)',
    ],
    [
      'QUALITY_DB_URL',
      'ftp://cl.gov.vn',
      'QUALITY_DB_URL=ftp://cl.gov.vn: cần một địa chỉ (http://, https://)',
    ],
    ['INTEGRATION_TIMEOUT_MS', '0', 'INTEGRATION_TIMEOUT_MS=0: cần một số nguyên từ 1 đến 600000'],
  ])('refuses %s=%s, naming the variable and what it expects', (name, raw, message) => {
    const error = refusal('server', { [name]: raw });
    expect(error.problems.map((p) => p.name)).toEqual([name]);
    expect(error.message).toContain(message);
    expect(error.message).toMatch(/^Biến môi trường không hợp lệ \/ invalid environment variables:/);
  });

  it.each([
    ['0', false],
    ['2', 2],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 10.0.1.0/24,loopback,::1', ['10.0.0.5', '10.0.1.0/24', 'loopback', '::1']],
  ])('reads TRUST_PROXY=%s as the proxies to believe, never every X-Forwarded-For', (raw, trust) => {
    expect(serverEnv({ TRUST_PROXY: raw }).TRUST_PROXY).toEqual(trust);
  });

  it('lists every refused variable at once, so one restart is enough to see them all', () => {
    const error = refusal('server', { PORT: 'abc', TRUST_PROXY: 'yes', HOST: 'localhost' });
    expect(error.problems.map((p) => p.name)).toEqual(['PORT', 'TRUST_PROXY']);
  });

  it('never echoes a secret in the message', () => {
    const error = refusal('server', { DATABASE_URL: 'mysql://skhcn:mat-khau-that@db/skhcn' });
    expect(error.message).toContain(
      'DATABASE_URL=(ẩn / hidden): cần một địa chỉ (postgres://, postgresql://)',
    );
    expect(error.message).not.toContain('mat-khau-that');
  });
});

describe('each reader reads its own variables only', () => {
  it('a test run is not stopped by a server variable, nor the server by a test variable', () => {
    expect(
      testEnv({ PORT: 'abc', TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:55432/postgres' }),
    ).toEqual({
      TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:55432/postgres',
      CI: false,
    });
    expect(Object.keys(serverEnv({ TEST_DATABASE_URL: 'x' }))).not.toContain('TEST_DATABASE_URL');
  });

  it.each([
    ['true', true],
    ['1', true],
    ['woodpecker', true],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads CI=%s as %s, whatever the CI platform writes', (raw, set) => {
    expect(testEnv({ CI: raw }).CI).toBe(set);
  });

  it('every variable says who reads it and what it means, in Vietnamese and English', () => {
    for (const [name, v] of Object.entries(ENV)) {
      expect(v.readBy.length, name).toBeGreaterThan(0);
      expect(v.vi.length, name).toBeGreaterThan(0);
      expect(v.en.length, name).toBeGreaterThan(0);
      expect(v.default.length, name).toBeGreaterThan(0);
    }
  });
});
