// `pnpm skhcn <command>`: the operator's command line, on the database and files the server is configured with
// (DATABASE_URL or DATA_DIR, read through @skhcn/env). With PGlite the server must be stopped first: the data
// directory's lock refuses a second process.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, DataDirLockedError, migrate, RestoreRefusedError } from '@skhcn/db';
import { EnvError, serverEnv } from '@skhcn/env';
import { defaultDataDir } from '../files/file-store';
import { createAdministrator, deactivateAccounts, generatePassword } from './accounts';
import { backupTo, restoreFrom } from './backup';

const USAGE = `Cách dùng / usage: pnpm skhcn <lệnh>
  create-admin --username <tên> --full-name "<họ tên>" [--unit VP]
      tạo tài khoản quản trị hệ thống; mật khẩu đọc từ stdin nếu có, không thì sinh ngẫu nhiên và in ra một lần
      (creates an administrator; the password comes from stdin, or is generated and printed once)
  deactivate [--demo] [<tên đăng nhập>…]
      khoá tài khoản (--demo: mọi tài khoản mẫu) / deactivates accounts (--demo: every demo account)
  backup <thư mục>
      sao lưu cơ sở dữ liệu và tệp vào một thư mục mới / backs up the database and files into a new folder
  restore <thư mục> [--replace]
      khôi phục vào cơ sở dữ liệu đang cấu hình (--replace: xoá dữ liệu đang có trước)
      (restores into the configured database; --replace empties it first)`;

async function readStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  return text.length > 0 ? text : undefined;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      unit: { type: 'string' },
      demo: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const env = serverEnv();
  const dataDir = defaultDataDir(env.DATA_DIR);
  const filesDir = join(dataDir, 'files');
  const database = await createDatabase({
    url: env.DATABASE_URL,
    poolMax: env.DATABASE_POOL_MAX,
    dataDir: env.PGLITE_DIR ?? join(dataDir, 'pglite'),
  });
  try {
    await migrate(database);
    switch (command) {
      case 'create-admin': {
        if (!values.username || !values['full-name']) {
          console.error(USAGE);
          return 1;
        }
        const given = await readStdin();
        const password = given ?? generatePassword();
        await createAdministrator(database.db, {
          username: values.username,
          fullName: values['full-name'],
          password,
          ...(values.unit ? { unitCode: values.unit } : {}),
        });
        console.log(`Đã tạo tài khoản quản trị / administrator created: ${values.username.toLowerCase()}`);
        if (!given) console.log(`Mật khẩu / password (shown once): ${password}`);
        return 0;
      }
      case 'deactivate': {
        const done = await deactivateAccounts(database.db, rest, { demo: values.demo ?? false });
        console.log(`Đã khoá / deactivated: ${done.length > 0 ? done.join(', ') : '(không có / none)'}`);
        return 0;
      }
      case 'backup': {
        const [target] = rest;
        if (!target) {
          console.error(USAGE);
          return 1;
        }
        const m = await backupTo(target, { database, filesDir });
        const rows = m.tables.reduce((n, t) => n + t.rows, 0);
        console.log(
          `Đã sao lưu / backed up: ${rows} dòng / rows in ${m.tables.length} bảng / tables, ${m.files.copied} tệp / files → ${target}`,
        );
        if (m.files.missing.length > 0)
          console.warn(`Thiếu tệp trong kho / files missing from the store: ${m.files.missing.length}`);
        return 0;
      }
      case 'restore': {
        const [source] = rest;
        if (!source) {
          console.error(USAGE);
          return 1;
        }
        const m = await restoreFrom(source, { database, filesDir }, { replace: values.replace ?? false });
        console.log(
          `Đã khôi phục / restored the backup of ${m.createdAt} (${m.source}) into ${database.kind}: ${m.tables.reduce((n, t) => n + t.rows, 0)} rows, ${m.files.copied} files`,
        );
        return 0;
      }
      default:
        console.error(`Lệnh không có / unknown command: ${command}\n${USAGE}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const known =
      err instanceof EnvError || err instanceof DataDirLockedError || err instanceof RestoreRefusedError;
    console.error(known ? err.message : err);
    process.exit(1);
  },
);
