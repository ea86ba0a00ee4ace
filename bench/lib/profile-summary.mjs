// Reads a .cpuprofile and says where the time went: self time by function and by package (or project folder).
import { readFileSync } from 'node:fs';
import { ROOT } from './processes.mjs';

function ownerOf(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node core';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 14).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const inProject = url.replace(`file://${ROOT}/`, '');
  const match = /^dist\/((?:apps|libs)\/[^/]+)/.exec(inProject);
  return match ? match[1] : inProject;
}

/** The package or project folder of a frame, or null for node core, V8 and native code (they act for their caller). */
function libraryOf(url) {
  if (!url || url.startsWith('node:')) return null;
  return ownerOf(url);
}

/**
 * Shares are of busy time (idle excluded). `byPackage`: self time where it was spent; `byCaller`: the same time charged
 * to the nearest package or project folder up the stack, so a socket write counts for the library that wrote.
 * @returns {{ busyMs: number, idleMs: number, byPackage: Array<[string, number]>, byCaller: Array<[string, number]>, byFunction: Array<[string, number]> }}
 */
export function summarizeProfile(file, top = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const idleIds = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    if (idleIds.has(id)) idle += us;
    else total += us;
  }
  const byPackage = new Map();
  const byCaller = new Map();
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    if (idleIds.has(id)) continue;
    const { callFrame } = nodes.get(id);
    let caller = null;
    for (let at = id; at !== undefined && caller === null; at = parents.get(at)) caller = libraryOf(nodes.get(at).callFrame.url);
    const callerName = caller ?? `${callFrame.functionName || '(native)'} (no caller)`;
    byCaller.set(callerName, (byCaller.get(callerName) ?? 0) + us);
    const owner = callFrame.functionName === '(program)' || callFrame.functionName === '(garbage collector)' ? callFrame.functionName : ownerOf(callFrame.url);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + us);
    const where = callFrame.url ? `${ownerOf(callFrame.url)} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}` : '';
    const name = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const share = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => [name, Math.round((1000 * us) / total) / 10]);
  return { busyMs: Math.round(total / 1000), idleMs: Math.round(idle / 1000), byPackage: share(byPackage), byCaller: share(byCaller), byFunction: share(byFunction) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summary = summarizeProfile(process.argv[2], Number(process.argv[3] ?? 30));
  process.stdout.write(`${summary.busyMs} ms busy, ${summary.idleMs} ms idle\n\nSelf time by package / folder:\n`);
  for (const [name, pct] of summary.byPackage) process.stdout.write(`  ${String(pct).padStart(5)} %  ${name}\n`);
  process.stdout.write('\nCharged to the nearest package / folder on the stack:\n');
  for (const [name, pct] of summary.byCaller) process.stdout.write(`  ${String(pct).padStart(5)} %  ${name}\n`);
  process.stdout.write('\nSelf time by function:\n');
  for (const [name, pct] of summary.byFunction) process.stdout.write(`  ${String(pct).padStart(5)} %  ${name}\n`);
}
