// `pnpm --filter @skhcn/env sync`: writes README's configuration table and turbo.json's variables from ENV.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import {
  README,
  TABLE_END,
  TABLE_START,
  TURBO_JSON,
  envKeyOf,
  expectedTurboEnv,
  readTurboJson,
  readmeTable,
} from './env-docs';

async function formatted(file: URL, text: string): Promise<string> {
  const filepath = fileURLToPath(file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start < 0 || end < start)
  throw new Error(`README.md needs the lines "${TABLE_START}" and "${TABLE_END}"`);
const nextReadme = `${readme.slice(0, start + TABLE_START.length)}\n\n${readmeTable()}\n\n${readme.slice(end)}`;
writeFileSync(README, await formatted(README, nextReadme));

const turbo = readTurboJson();
const expected = expectedTurboEnv(turbo);
turbo.globalEnv = expected.globalEnv;
for (const [name, task] of Object.entries(turbo.tasks)) {
  delete task.env;
  delete task.passThroughEnv;
  const vars = expected.tasks[name];
  if (vars) task[envKeyOf(task)] = vars;
}
writeFileSync(TURBO_JSON, await formatted(TURBO_JSON, JSON.stringify(turbo)));
console.log('README.md and turbo.json written from @skhcn/env');
