// Runs a command while holding obj/build.lock, so two builds of the host at once never run npm or esbuild in this
// folder together. The lock is a directory (mkdir is atomic); one older than 10 minutes was left by a killed build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'obj', 'build.lock');
const staleMs = 10 * 60 * 1000;
mkdirSync(join(root, 'obj'), { recursive: true });

const sleep = ms => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== 'EEXIST') {
      throw error;
    }

    try {
      if (Date.now() - statSync(lock).mtimeMs > staleMs) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
    } catch {
      continue;
    }

    sleep(250);
  }
}

let status = 1;
try {
  const [command, ...args] = process.argv.slice(2);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  status = result.status ?? 1;
  if (result.error) {
    console.error(result.error.message);
  }
} finally {
  rmSync(lock, { recursive: true, force: true });
}

process.exit(status);
