// Builds the console into obj/dist/: type check (tsc --noEmit), then esbuild bundles Monaco's editor worker and the
// app (hashed names under assets/), then index.html is written with those names and a nonce placeholder the server
// fills per response. Run by WebConsole.Bundle.targets; `node build.mjs` works on its own too.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'obj', 'dist');
const assets = join(dist, 'assets');
const publicAssets = '/console/assets/';

execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

rmSync(dist, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  target: ['es2022', 'chrome120', 'firefox120', 'safari17'],
  outdir: assets,
  metafile: true,
  logLevel: 'warning',
};

// Monaco's editor worker: a classic worker script of its own, so the page starts it with `new Worker(url)` from 'self'.
const worker = await build({
  ...common,
  entryPoints: { 'editor.worker': 'monaco-editor/editor/editor.worker.js' },
  entryNames: '[name]-[hash]',
  format: 'iife',
});

const outputOf = (metafile, entry) => Object.entries(metafile.outputs).find(([, o]) => o.entryPoint && o.entryPoint.endsWith(entry))?.[0];
const workerFile = basename(outputOf(worker.metafile, 'editor.worker.js'));

const app = await build({
  ...common,
  entryPoints: { main: 'src/main.ts' },
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  format: 'esm',
  loader: { '.ttf': 'file' },
  define: { __EDITOR_WORKER_URL__: JSON.stringify(publicAssets + workerFile) },
});

const outputs = Object.keys(app.metafile.outputs).map(o => basename(o));
const script = outputs.find(o => /^main-.*\.js$/.test(o));
const style = outputs.find(o => /^main-.*\.css$/.test(o));
if (!script || !style) {
  throw new Error(`esbuild produced no main script or stylesheet: ${outputs.join(', ')}`);
}

const index = readFileSync(join(root, 'index.html'), 'utf8')
  .replaceAll('{{script}}', publicAssets + script)
  .replaceAll('{{style}}', publicAssets + style);
writeFileSync(join(dist, 'index.html'), index);
writeFileSync(join(dist, '.stamp'), new Date().toISOString() + '\n');
console.log(`WebConsole: ${[...outputs, workerFile].filter(o => !o.endsWith('.LEGAL.txt')).join(', ')} -> obj/dist`);
