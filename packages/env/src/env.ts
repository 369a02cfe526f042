// Every environment variable of the platform, declared once: its zod schema (with its default), its meaning in
// Vietnamese and English, and who reads it. This is the only module that reads process.env (the lint forbids it
// everywhere else). README's configuration table and turbo.json are written from this list
// (`pnpm --filter @skhcn/env sync`) and a test fails when they drift from it.
//
// Adding a variable: one entry in ENV below, then `pnpm --filter @skhcn/env sync`.
import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Who reads a variable: the server process (`pnpm start`, `pnpm dev`), the unit and integration tests, the
 * end-to-end tests, the shell's vite dev/preview server, the benchmark scripts.
 */
export type EnvReader = 'server' | 'test' | 'e2e' | 'vite' | 'bench';

export interface EnvVariable<
  S extends z.ZodType = z.ZodType,
  R extends readonly EnvReader[] = readonly EnvReader[],
> {
  readonly readBy: R;
  /** Parses the raw value (undefined when the variable is unset or blank) into what the code reads */
  readonly schema: S;
  /** The default as the README shows it */
  readonly default: string;
  /** Meaning, in Vietnamese */
  readonly vi: string;
  /** Meaning, in English */
  readonly en: string;
  /** Changes what every task produces (builds included): declared in turbo.json's globalEnv */
  readonly global?: boolean;
  /** Never echoed in an error message */
  readonly secret?: boolean;
}

function variable<const R extends readonly EnvReader[], S extends z.ZodType>(
  readBy: R,
  schema: S,
  doc: Omit<EnvVariable, 'readBy' | 'schema'>,
): EnvVariable<S, R> {
  return { readBy, schema, ...doc };
}

// ——— Value types: each says in Vietnamese and English what it expects ———

/** A raw value read by `parse`, which returns undefined for a value it refuses. */
function value<T>(parse: (raw: string) => T | undefined, expectedVi: string, expectedEn: string) {
  return z.string().transform((raw, ctx): T => {
    const parsed = parse(raw.trim());
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: `cần ${expectedVi} / expected ${expectedEn}` });
      return z.NEVER;
    }
    return parsed;
  });
}

const integer = (min: number, max: number) =>
  value(
    (raw) => (/^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : undefined),
    `một số nguyên từ ${min} đến ${max}`,
    `an integer from ${min} to ${max}`,
  );

const FLAGS: Readonly<Record<string, boolean>> = { '1': true, true: true, '0': false, false: false };
const flag = () => value((raw) => FLAGS[raw.toLowerCase()], '1 hoặc 0', '1 or 0');

/** Set (any value but 0 or false) or not: CI platforms write CI=true, CI=1 or their own name. */
const presence = () =>
  value((raw) => !['0', 'false'].includes(raw.toLowerCase()), 'bất kỳ giá trị nào', 'any value');

const url = (protocols: readonly string[]) =>
  value(
    (raw) => {
      try {
        const u = new URL(raw);
        return protocols.includes(u.protocol.slice(0, -1)) ? raw.replace(/\/+$/, '') : undefined;
      } catch {
        return undefined;
      }
    },
    `một địa chỉ (${protocols.join('://, ')}://)`,
    `a URL (${protocols.join('://, ')}://)`,
  );
const httpUrl = () => url(['http', 'https']);
const postgresUrl = () => url(['postgres', 'postgresql']);

const oneOf = <const T extends string>(values: readonly T[]) =>
  value(
    (raw) => values.find((v) => v === raw),
    `một trong ${values.join(', ')}`,
    `one of ${values.join(', ')}`,
  );

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
/** One proxy address as proxy-addr (fastify's trustProxy) reads it: an IP, a CIDR range or a named range. */
function proxyAddress(raw: string): boolean {
  if (PROXY_NAMES.includes(raw)) return true;
  const [address = '', prefix, ...rest] = raw.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies to believe about the client's address: a hop count (`1`: the one reverse proxy in front) or the
 * proxies' addresses. Never "any X-Forwarded-For": a client could then choose its own address.
 */
const proxyTrust = () =>
  value<false | number | string[]>(
    (raw) => {
      if (raw === '0' || raw.toLowerCase() === 'false') return false;
      if (/^\d+$/.test(raw)) return Number(raw) <= 10 ? Number(raw) : undefined;
      const list = raw.split(',').map((a) => a.trim());
      return list.every(proxyAddress) ? list : undefined;
    },
    'số tầng proxy (1, 2…) hoặc địa chỉ của proxy (10.0.0.1, 10.0.0.0/8, loopback)',
    "a hop count (1, 2…) or the proxies' addresses (10.0.0.1, 10.0.0.0/8, loopback)",
  );

const text = () => value((raw) => raw, 'một giá trị', 'a value');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every variable, by name. */
export const ENV = {
  PORT: variable(['server'], integer(1, 65535).default(3000), {
    default: '`3000`',
    vi: 'cổng HTTP của máy chủ',
    en: 'HTTP port',
  }),
  HOST: variable(['server'], text().default('0.0.0.0'), {
    default: '`0.0.0.0`',
    vi: 'địa chỉ máy chủ lắng nghe',
    en: 'listen address',
  }),
  DATABASE_URL: variable(['server'], postgresUrl().optional(), {
    default: 'unset → PGlite in `$DATA_DIR/pglite`',
    vi: 'máy chủ PostgreSQL; không đặt thì dùng cơ sở dữ liệu nhúng PGlite',
    en: 'a PostgreSQL server, e.g. `postgres://user:pw@host:5432/skhcn`',
    secret: true,
  }),
  DATABASE_POOL_MAX: variable(['server'], integer(1, 1000).default(10), {
    default: '`10`',
    vi: 'số kết nối PostgreSQL tối đa của một tiến trình',
    en: 'most PostgreSQL connections one process opens',
  }),
  DATA_DIR: variable(['server'], text().optional(), {
    default: '`./.data`',
    vi: 'thư mục dữ liệu: cơ sở dữ liệu nhúng (`pglite/`) và tệp đã lưu (`files/`)',
    en: 'where the embedded database (`pglite/`) and stored files (`files/`) live',
  }),
  PGLITE_DIR: variable(['server'], text().optional(), {
    default: '`$DATA_DIR/pglite`',
    vi: 'riêng thư mục của cơ sở dữ liệu nhúng',
    en: "the embedded database's directory alone",
  }),
  TRUST_PROXY: variable(['server'], proxyTrust().default(false), {
    default: 'unset (no proxy)',
    vi: 'sau reverse proxy: số tầng proxy (`1`) hoặc địa chỉ các proxy (`10.0.0.5,10.0.1.0/24`); chỉ tin X-Forwarded-For do chúng thêm vào',
    en: "behind a reverse proxy: the hop count (`1`) or the proxies' addresses (`10.0.0.5,10.0.1.0/24`); only what they add to X-Forwarded-For is believed",
  }),
  NODE_ENV: variable(['server'], oneOf(['development', 'production', 'test']).optional(), {
    default: 'unset',
    vi: '`production` bật cookie Secure và các kiểm tra an toàn khi khởi động',
    en: '`production` enables secure cookies and the start-up safety checks',
    global: true,
  }),
  SESSION_SECRET: variable(['server'], text().optional(), {
    default: 'a development default',
    vi: 'khoá bí mật của cookie phiên; bắt buộc khi chạy production (tối thiểu 32 ký tự)',
    en: 'secret of the session cookie; required in production (at least 32 characters)',
    secret: true,
  }),
  COOKIE_SECRET: variable(['server'], text().optional(), {
    default: 'unset',
    vi: 'tên cũ của `SESSION_SECRET`',
    en: 'older name of `SESSION_SECRET`',
    secret: true,
  }),
  SECURE_COOKIES: variable(['server'], flag().default(false), {
    default: 'unset',
    vi: '`1`: cookie Secure cả khi không chạy production (sau HTTPS)',
    en: '`1`: Secure cookies outside production too (behind HTTPS)',
  }),
  METRICS_TOKEN: variable(['server'], text().optional(), {
    default: 'unset → /metrics from loopback only',
    vi: 'mã để đọc `/metrics` (gửi `Authorization: Bearer <mã>`); không đặt thì chỉ đọc được từ chính máy chủ',
    en: 'token for reading `/metrics` (`Authorization: Bearer <token>`); unset, only loopback addresses may read it',
    secret: true,
  }),
  LOG_LEVEL: variable(['server'], oneOf(LOG_LEVELS).optional(), {
    default: '`info` in production, else `warn`',
    vi: 'mức ghi nhật ký',
    en: `log level (${LOG_LEVELS.join(', ')})`,
  }),
  SEED_DEMO: variable(['server'], flag().optional(), {
    default: 'on with PGlite outside production',
    vi: '`1` luôn nạp dữ liệu mẫu, `0` không bao giờ',
    en: '`1` always seeds the demo data, `0` never',
  }),
  WEB_ROOT: variable(['server'], text().optional(), {
    default: 'the repository root',
    vi: 'thư mục chứa `apps/shell/dist` và `apps/<ứng dụng>/dist`',
    en: 'directory holding `apps/shell/dist` and `apps/<app>/dist`',
  }),
  PUBLIC_ORIGIN: variable(['server'], httpUrl().optional(), {
    default: "the request's own origin",
    vi: 'địa chỉ công khai dùng trong đường dẫn và mã QR của văn bản',
    en: 'public origin for links and QR codes, e.g. `https://dichvucong.skhcn.haiphong.gov.vn`',
  }),
  OIDC_ISSUER: variable(['server'], httpUrl().optional(), {
    default: 'unset → no sign-in through an identity provider',
    vi: 'nhà cung cấp định danh OpenID Connect cho người nộp hồ sơ (VNeID / Cổng DVC quốc gia); đặt cùng `OIDC_CLIENT_ID` và `OIDC_CLIENT_SECRET`',
    en: "applicants' OpenID Connect provider (VNeID / national public service portal), its issuer URL; set with `OIDC_CLIENT_ID` and `OIDC_CLIENT_SECRET`",
  }),
  OIDC_CLIENT_ID: variable(['server'], text().optional(), {
    default: 'unset',
    vi: 'mã ứng dụng (client_id) do nhà cung cấp định danh cấp',
    en: 'client id the provider registered for this platform',
  }),
  OIDC_CLIENT_SECRET: variable(['server'], text().optional(), {
    default: 'unset',
    vi: 'khoá bí mật ứng dụng (client_secret) do nhà cung cấp định danh cấp',
    en: 'client secret the provider issued',
    secret: true,
  }),
  OIDC_REDIRECT_URI: variable(['server'], httpUrl().optional(), {
    default: '`$PUBLIC_ORIGIN/auth/oidc/callback`',
    vi: 'địa chỉ quay về sau khi đăng nhập, đúng như đã đăng ký với nhà cung cấp',
    en: 'redirect URI registered with the provider',
  }),
  QUALITY_DB_URL: variable(['server'], httpUrl().optional(), {
    default: 'unset → not configured',
    vi: 'địa chỉ Cơ sở dữ liệu quốc gia về chất lượng sản phẩm, hàng hoá',
    en: 'base URL of the national quality database',
  }),
  BUSINESS_REGISTRY_URL: variable(['server'], httpUrl().optional(), {
    default: 'unset → not configured',
    vi: 'địa chỉ Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
    en: 'base URL of the national business registry',
  }),
  PUBLIC_SERVICE_PORTAL_URL: variable(['server'], httpUrl().optional(), {
    default: 'unset → not configured',
    vi: 'địa chỉ Cổng dịch vụ công',
    en: 'base URL of the public service portal',
  }),
  INTEGRATION_TIMEOUT_MS: variable(['server'], integer(1, 600_000).optional(), {
    default: '`5000`',
    vi: 'thời gian tối đa (ms) của một lần gọi hệ thống quốc gia',
    en: 'how long (ms) a call to a national system may take',
  }),
  TEST_DATABASE_URL: variable(['test'], postgresUrl().optional(), {
    default: 'unset',
    vi: 'kiểm thử chạy cả trên máy chủ PostgreSQL này (mỗi tệp kiểm thử một cơ sở dữ liệu riêng)',
    en: 'tests also run against this PostgreSQL server (each test file in its own database)',
    secret: true,
  }),
  CI: variable(['test'], presence().default(false), {
    default: 'unset',
    vi: 'đặt trong CI (ví dụ `true`): khi đó bắt buộc có `TEST_DATABASE_URL`',
    en: 'set in CI (e.g. `true`), where `TEST_DATABASE_URL` becomes required',
  }),
  CHROMIUM_PATH: variable(['e2e'], text().default('/usr/bin/chromium'), {
    default: '`/usr/bin/chromium`',
    vi: 'trình duyệt Chromium mà kiểm thử đầu-cuối điều khiển',
    en: 'the Chromium the end-to-end tests drive',
  }),
  SKHCN_API_URL: variable(['vite'], httpUrl().default('http://localhost:3000'), {
    default: '`http://localhost:3000`',
    vi: 'máy chủ mà vite dev/preview của shell chuyển tiếp `/trpc` và `/apps` tới',
    en: "server the shell's vite dev/preview forwards `/trpc` and `/apps` to",
  }),
  BENCH_DATABASE_URL: variable(
    ['bench'],
    postgresUrl().default('postgres://postgres@127.0.0.1:54329/postgres'),
    {
      default: '`postgres://postgres@127.0.0.1:54329/postgres`',
      vi: 'máy chủ PostgreSQL (quyền quản trị) của benchmark',
      en: "admin URL of the benchmark's PostgreSQL server",
      secret: true,
    },
  ),
  BENCH_KEEP: variable(['bench'], flag().default(false), {
    default: 'unset',
    vi: '`1`: giữ lại cơ sở dữ liệu của benchmark',
    en: '`1` keeps the benchmark database',
  }),
} as const;

export type EnvName = keyof typeof ENV;

type ReadBy<R extends EnvReader> = {
  [K in EnvName]: R extends (typeof ENV)[K]['readBy'][number] ? K : never;
}[EnvName];

/** The variables `reader` reads, parsed. */
export type EnvOf<R extends EnvReader> = { readonly [K in ReadBy<R>]: z.output<(typeof ENV)[K]['schema']> };

export type ServerEnv = EnvOf<'server'>;

/** Where values come from: process.env, or a plain record (tests, a spawned process). */
export type EnvSource = Readonly<Record<string, string | undefined>>;

export interface EnvProblem {
  name: EnvName;
  /** `NAME=value: what was expected`, in Vietnamese and English (the value hidden for secrets) */
  message: string;
}

/** Raised when variables have values their schema refuses; its message names each of them. */
export class EnvError extends Error {
  constructor(readonly problems: readonly EnvProblem[]) {
    super(
      `Biến môi trường không hợp lệ / invalid environment variables:\n${problems.map((p) => `  ${p.message}`).join('\n')}`,
    );
    this.name = 'EnvError';
  }
}

const NAMES = Object.keys(ENV) as EnvName[];
const cache = new Map<EnvReader, unknown>();

/**
 * The variables `reader` reads, parsed from `source` (process.env by default, parsed once per reader). A blank
 * value counts as unset. Throws an EnvError naming every variable whose value is refused.
 */
export function readEnv<R extends EnvReader>(reader: R, source?: EnvSource): EnvOf<R> {
  if (source === undefined) {
    const cached = cache.get(reader) as EnvOf<R> | undefined;
    if (cached) return cached;
    const parsed = parse(reader, process.env);
    cache.set(reader, parsed);
    return parsed;
  }
  return parse(reader, source);
}

function parse<R extends EnvReader>(reader: R, source: EnvSource): EnvOf<R> {
  const values: Record<string, unknown> = {};
  const problems: EnvProblem[] = [];
  for (const name of NAMES) {
    const v: EnvVariable = ENV[name];
    if (!v.readBy.includes(reader)) continue;
    const raw = source[name];
    const result = v.schema.safeParse(raw === undefined || raw.trim() === '' ? undefined : raw);
    if (result.success) values[name] = result.data;
    else {
      const shown = v.secret ? '(ẩn / hidden)' : raw;
      const why = result.error.issues.map((i) => i.message).join('; ');
      problems.push({ name, message: `${name}=${shown}: ${why}` });
    }
  }
  if (problems.length > 0) throw new EnvError(problems);
  // every variable of the reader was parsed by its own schema just above
  return values as EnvOf<R>;
}

/** The server's variables (apps/server). */
export const serverEnv = (source?: EnvSource): EnvOf<'server'> => readEnv('server', source);
/** The test helpers' variables (describeEachDatabase). */
export const testEnv = (source?: EnvSource): EnvOf<'test'> => readEnv('test', source);
/** The end-to-end harness's variables. */
export const e2eEnv = (source?: EnvSource): EnvOf<'e2e'> => readEnv('e2e', source);
/** The shell's vite config's variables. */
export const viteEnv = (source?: EnvSource): EnvOf<'vite'> => readEnv('vite', source);
/** The benchmark scripts' variables. */
export const benchEnv = (source?: EnvSource): EnvOf<'bench'> => readEnv('bench', source);
