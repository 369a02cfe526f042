import { join } from 'node:path';
import {
  ANONYMOUS_DENIALS_KEEP_MS,
  createDatabase,
  DataDirLockedError,
  deleteAnonymousDenialsBefore,
  deleteExpiredSessions,
  deleteLoginAttemptsBefore,
  migrate,
  seedShippedDtiFrameworks,
  upsertUnits,
} from '@skhcn/db';
import {
  integrationsFromEnv,
  loadCalendarAnnouncements,
  platformExtensions,
  setIntegrations,
  startLicensingReminders,
  startOrphanFileCleanup,
  startOutboxWorker,
} from '@skhcn/api';
import { DEFAULT_ORGANISATION_ID, DTI_SHIPPED_FRAMEWORKS, organisations } from '@skhcn/domain';
import { EnvError, serverEnv } from '@skhcn/env';
import { buildApp } from './app';
import { oidcSettings } from './auth/oidc-settings';
import { seedDemoData } from './demo/demo-data.seed';
import { DiskFileStore, defaultDataDir } from './files/file-store';
import { fileOutboxMailer, mailOutboxDir } from './mail/mail-outbox';
import { resolveWebRoot } from './paths';
import { DEV_SESSION_SECRET, productionProblems, sessionSecret } from './startup-check';

async function main(): Promise<void> {
  // every variable checked before anything starts: a wrong value stops here, named (EnvError)
  const env = serverEnv();
  const production = env.NODE_ENV === 'production';
  const { PORT: port, HOST: host } = env;
  // applicants' identity provider: all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET or none (EnvError)
  const oidc = oidcSettings(env);

  const database = await createDatabase({
    url: env.DATABASE_URL,
    poolMax: env.DATABASE_POOL_MAX,
    dataDir: env.PGLITE_DIR ?? (env.DATA_DIR ? join(env.DATA_DIR, 'pglite') : undefined),
  });
  await migrate(database);
  // One store for uploads, downloads and the demo files' bytes
  const fileStore = new DiskFileStore(join(defaultDataDir(env.DATA_DIR), 'files'));
  // the national systems whose address is configured; the others answer "not configured"
  setIntegrations(integrationsFromEnv(env));
  // the administrator's calendar announcements: every deadline counts with them; re-read every minute so that a
  // record made through another server process reaches this one
  await loadCalendarAnnouncements(database.db);
  setInterval(() => {
    loadCalendarAnnouncements(database.db).catch((err: unknown) =>
      console.error('Không đọc được lịch làm việc / could not reload the calendar', err),
    );
  }, 60_000).unref();

  const org = organisations[DEFAULT_ORGANISATION_ID];
  if (!org) throw new Error(`Unknown organisation "${DEFAULT_ORGANISATION_ID}"`);
  const seed = env.SEED_DEMO ?? (database.kind === 'pglite' && !production);
  if (seed) {
    const result = await seedDemoData(database.db, org, fileStore);
    console.log(
      `Đã nạp dữ liệu mẫu / demo data seeded: ${result.units} units, ${result.users} users, ${result.dossiers} TĐC dossiers, ${result.licensingDossiers} licensing dossiers, ${result.tasks} science tasks, ${result.files} component files, ${result.dtiInputs} DTI inputs`,
    );
  } else {
    await upsertUnits(database.db, org.id, org.units);
  }
  // The shipped DTI frameworks (starting points the CĐS team copies); never overwrites the team's edits.
  await seedShippedDtiFrameworks(
    database.db,
    DTI_SHIPPED_FRAMEWORKS.map((s) => s.framework),
  );

  if (production) {
    const problems = await productionProblems(database.db, env);
    if (problems.length > 0) {
      for (const p of problems) console.error(`[${p.code}] ${p.message}`);
      console.error('Máy chủ từ chối khởi động ở chế độ production. / Refusing to start in production.');
      await database.close();
      process.exit(1);
    }
  }

  const app = await buildApp({
    database,
    production,
    secureCookies: production || env.SECURE_COOKIES,
    cookieSecret: sessionSecret(env) ?? DEV_SESSION_SECRET,
    trustProxy: env.TRUST_PROXY,
    // required in production (startup check); the local address otherwise, never the request's Host
    publicOrigin: env.PUBLIC_ORIGIN ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    webRoot: resolveWebRoot(env.WEB_ROOT),
    logger: { level: env.LOG_LEVEL ?? (production ? 'info' : 'warn') },
    fileStore,
    metricsToken: env.METRICS_TOKEN,
    oidc,
    // what each field and integration adds to the one-stop engine, composed once here
    extensions: platformExtensions(),
  });

  // Messages to the national systems (portal status updates, quality database): sent after commit, retried.
  const outbox = startOutboxWorker(database.db, { logger: app.log });

  // Housekeeping: expired sessions, sign-in attempts older than a day, anonymous denials past their retention.
  const housekeeping = setInterval(
    () => {
      const now = new Date();
      Promise.all([
        deleteExpiredSessions(database.db, now),
        deleteLoginAttemptsBefore(database.db, new Date(now.getTime() - 86_400_000)),
        deleteAnonymousDenialsBefore(database.db, new Date(now.getTime() - ANONYMOUS_DENIALS_KEEP_MS)),
      ]).catch((err: unknown) => app.log.error({ err }, 'housekeeping failed'));
    },
    60 * 60 * 1000,
  );
  housekeeping.unref();

  // Licensing reminders (licence expiring, inspection overdue): every hour and once now; each reminder is sent once
  // even with several server processes (the job claims it in the database). No mail transport yet: the outbox dir.
  const reminders = startLicensingReminders(database.db, {
    mailer: fileOutboxMailer(mailOutboxDir(defaultDataDir(env.DATA_DIR)), app.log),
    logger: app.log,
  });

  // Uploads attached to nothing a day later: rows and bytes deleted every hour, by one process at a time
  const orphanFiles = startOrphanFileCleanup(database.db, { bytes: fileStore, logger: app.log });

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    clearInterval(housekeeping);
    await orphanFiles.stop();
    await reminders.stop();
    await outbox.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port, host });
  console.log(
    `Máy chủ Sở KH&CN đang chạy / listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (db: ${database.kind})`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof EnvError || err instanceof DataDirLockedError)
    console.error(`Không khởi động được máy chủ / failed to start. ${err.message}`);
  else console.error('Không khởi động được máy chủ / failed to start:', err);
  process.exit(1);
});
