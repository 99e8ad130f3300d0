#!/usr/bin/env node
// Builds only when the build is missing or was made from other sources, so `npm start`, the
// command line and the migration scripts start at once on a current build.
//
//   node scripts/build-if-changed.mjs           build (npm run build) unless dist/ is current
//   node scripts/build-if-changed.mjs --stamp   record that dist/ was just built from the sources
//                                               (npm runs this after every `npm run build`)
//
// "Current" means: dist/ holds a stamp whose fingerprint equals the SHA-256 of the build's
// inputs (every file of INPUT_DIRS and INPUT_FILES, by path and content). Content, not times:
// a checkout, a copy or a touch that changes nothing does not rebuild; an edit always does.
// An installed copy without sources (the Docker image) uses its build as it is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const STAMP = join(root, 'dist', '.build-inputs.sha256');
const ENTRY = join(root, 'dist', 'src', 'main.js');
/** What `npm run build` compiles. The web app (web/) is an input as soon as it exists. */
const INPUT_DIRS = ['src', 'migrations', 'scripts', 'web'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** Never inputs: installed packages, build output, caches and other dot-folders. */
const SKIPPED = new Set(['node_modules', 'dist', 'coverage']);

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function fingerprint() {
  const files = [
    ...INPUT_DIRS.filter((d) => existsSync(join(root, d))).flatMap((d) => [...filesUnder(join(root, d))]),
    ...INPUT_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const stamped = () => (existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null);

if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${fingerprint()}\n`);
  process.exit(0);
}

if (!existsSync(join(root, 'src'))) {
  if (existsSync(ENTRY)) process.exit(0);
  console.error('No sources and no build (dist/src/main.js): this copy of GCM Tracker is incomplete.');
  process.exit(1);
}

if (existsSync(ENTRY) && stamped() === fingerprint()) process.exit(0);

console.error(existsSync(ENTRY) ? 'The sources changed since the last build: building...' : 'No build yet: building...');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(build.status ?? 1);
