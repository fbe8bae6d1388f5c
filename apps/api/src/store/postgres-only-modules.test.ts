import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('a PostgreSQL deployment', () => {
  it('loads the app, the PostgreSQL store and the error triage without loading node:sqlite', () => {
    // A fresh process: the test runner itself may have loaded SQLite for other tests.
    const script = `
      await import(${JSON.stringify(here('../app.ts'))});
      await import(${JSON.stringify(here('./postgres/store.ts'))});
      await import(${JSON.stringify(here('./unavailable.ts'))});
      await import(${JSON.stringify(here('./open-store.ts'))});
      console.log(JSON.stringify(process.moduleLoadList.filter((m) => /sqlite/i.test(m))));
    `;
    const ran = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(ran.status, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout.trim().split('\n').at(-1) ?? 'null')).toEqual([]);
    // Starting a process that loads the whole app takes seconds on a busy machine.
  }, 60_000);
});
