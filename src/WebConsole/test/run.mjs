// The console's unit tests: esbuild bundles each test/*.test.ts (Node 20 runs no TypeScript) into obj/test/, then
// `node --test` runs them. Type-checked first with the tests' own tsconfig (Node's types). Run by test.sh.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'obj', 'test');
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', join(root, 'test', 'tsconfig.json')], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
const tests = readdirSync(join(root, 'test')).filter(f => f.endsWith('.test.ts'));
await build({
  absWorkingDir: root,
  entryPoints: tests.map(t => join('test', t)),
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--test', ...tests.map(t => join(out, t.replace(/\.ts$/, '.mjs')))], { stdio: 'inherit' });
process.exit(result.status ?? 1);
