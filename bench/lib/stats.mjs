// Small helpers shared by the benchmarks: statistics, timing, machine description.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function ms(value, digits) {
  if (!Number.isFinite(value)) return '—';
  const d = digits ?? (value < 10 ? 2 : value < 100 ? 1 : 0);
  return `${value.toFixed(d)} ms`;
}

export function mb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '—';
}

export function chars(n) {
  return n.toLocaleString('en-US');
}

export const sleep = (msec) => new Promise((resolve) => setTimeout(resolve, msec));

/** VmRSS / VmHWM (bytes) of a process, from /proc/<pid>/status. */
export function processMemory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => {
    const m = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return m ? Number(m[1]) * 1024 : NaN;
  };
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** The machine the numbers come from. */
export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch { /* not Linux */ }
  let memTotal = os.totalmem();
  try {
    const m = /^MemTotal:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/meminfo', 'utf8'));
    if (m) memTotal = Number(m[1]) * 1024;
  } catch { /* not Linux */ }
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'server/src', 'client/src').length > 0;
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${(memTotal / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes in server/src or client/src)' : ''}` : 'unknown',
  };
}

/** Files under `dir` (recursively) whose name ends with one of `exts`. */
function filesUnder(dir, exts) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, exts));
    else if (exts.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out;
}

/**
 * Sources newer than the newest built file: the benchmarks measure server/out and client/out,
 * so a stale build would measure old code.
 */
export function staleBuild() {
  const stale = [];
  for (const part of ['server', 'client']) {
    const outs = filesUnder(path.join(REPO_ROOT, part, 'out'), ['.js']);
    if (outs.length === 0) return [`${part}/out is missing (run npm run build)`];
    const newestOut = Math.max(...outs.map((f) => fs.statSync(f).mtimeMs));
    for (const src of filesUnder(path.join(REPO_ROOT, part, 'src'), ['.ts'])) {
      if (src.includes(`${path.sep}test${path.sep}`)) continue;
      if (fs.statSync(src).mtimeMs > newestOut) stale.push(path.relative(REPO_ROOT, src));
    }
  }
  return stale;
}
