import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reading a V8 CPU profile (`node --cpu-prof`): self and total time per function, where each
 * function comes from (our file and line through the source maps tsx wrote, or the package), and
 * a summary by origin. Pure but for the source maps handed in, so a unit test can hold it.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, in the code V8 ran. */
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  /** Microseconds, on the same clock as process.hrtime. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  functionName: string;
  /** file:line where it is defined (the original source for our code). */
  location: string;
  /** Where it comes from: "our code", a package name, "node", or a V8 pseudo-frame. */
  origin: string;
  selfUs: number;
  totalUs: number;
  /**
   * Where our code called it from: the nearest frame of ours on the stacks its self time was
   * sampled in (the one with the most of that time), and its share of it.
   */
  via?: { location: string; share: number };
  /** The nearest JavaScript frame above it (for built-ins), the same way. */
  caller?: { location: string; share: number };
}

export interface ProfileSummary {
  /** Sampled time in the window, idle included. */
  sampledUs: number;
  /** Sampled time the thread was not idle. */
  busyUs: number;
  functions: FunctionTime[];
  /** Self time by origin. */
  origins: { origin: string; selfUs: number }[];
}

const PSEUDO = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Where a script comes from: our code, a package under node_modules, Node itself. */
export function originOf(url: string, projectRoot: string, functionName = ''): string {
  if (PSEUDO.has(functionName) && url === '') return functionName;
  if (url === '') return 'native (Node and V8 built-ins)';
  if (url.startsWith('node:')) return 'node';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const packages = file.lastIndexOf('/node_modules/');
  if (packages >= 0) {
    const rest = file.slice(packages + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? 'node_modules');
  }
  return file.startsWith(projectRoot) ? 'our code' : 'other';
}

/**
 * file:line (1-based) of a frame: for our code the original TypeScript through its source map,
 * for a package its path from node_modules on.
 */
export function locate(frame: CallFrame, projectRoot: string, maps: ReadonlyMap<string, SourceMap>): string {
  const { url, lineNumber, columnNumber } = frame;
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return `${url}:${lineNumber + 1}`;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const map = maps.get(file);
  if (map) {
    const entry = map.findEntry(lineNumber, columnNumber) as {
      originalSource?: string;
      originalLine?: number;
    };
    if (entry.originalSource !== undefined && entry.originalLine !== undefined) {
      const source = entry.originalSource.startsWith('file://')
        ? fileURLToPath(entry.originalSource)
        : entry.originalSource;
      return `${path.relative(projectRoot, source)}:${entry.originalLine + 1}`;
    }
  }
  const packages = file.lastIndexOf('/node_modules/');
  const shown = packages >= 0 ? file.slice(packages + 1) : path.relative(projectRoot, file);
  return `${shown}:${lineNumber + 1}`;
}

/** Source maps by file, from the payloads the bot wrote when it stopped. */
export function sourceMaps(payloads: Readonly<Record<string, SourceMapPayload>>): Map<string, SourceMap> {
  return new Map(Object.entries(payloads).map(([file, payload]) => [file, new SourceMap(payload)]));
}

/**
 * Self and total time per function over the samples taken between `fromUs` and `toUs` (the whole
 * profile when absent). A sample lasts until the next one. Total time counts a function once per
 * sample, however deep it recurses.
 */
export function summarize(
  profile: CpuProfile,
  projectRoot: string,
  maps: ReadonlyMap<string, SourceMap>,
  window: { fromUs?: number; toUs?: number } = {},
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (frame: CallFrame) =>
    `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}\u0000${frame.columnNumber}`;
  const functions = new Map<string, FunctionTime>();
  /** Self time of each function by the nearest frame of ours above it. */
  const callers = new Map<string, Map<string, number>>();
  const jsCallers = new Map<string, Map<string, number>>();
  const add = (to: Map<string, Map<string, number>>, key: string, location: string, us: number) => {
    const byCaller = to.get(key) ?? new Map<string, number>();
    byCaller.set(location, (byCaller.get(location) ?? 0) + us);
    to.set(key, byCaller);
  };
  const entry = (frame: CallFrame): FunctionTime => {
    const key = keyOf(frame);
    let f = functions.get(key);
    if (!f) {
      f = {
        functionName: frame.functionName || '(anonymous)',
        location: locate(frame, projectRoot, maps),
        origin: originOf(frame.url, projectRoot, frame.functionName),
        selfUs: 0,
        totalUs: 0,
      };
      functions.set(key, f);
    }
    return f;
  };
  let t = profile.startTime;
  let sampledUs = 0;
  let idleUs = 0;
  const from = window.fromUs ?? -Infinity;
  const to = window.toUs ?? Infinity;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const duration = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to || duration <= 0) continue;
    const node = byId.get(profile.samples[i] ?? -1);
    if (!node) continue;
    sampledUs += duration;
    if (node.callFrame.functionName === '(idle)') idleUs += duration;
    const leaf = entry(node.callFrame);
    leaf.selfUs += duration;
    const seen = new Set<string>();
    let ours: string | undefined;
    let js: string | undefined;
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const key = keyOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      const f = entry(frame);
      f.totalUs += duration;
      if (ours === undefined && f.origin === 'our code' && !f.location.startsWith('bench/')) {
        ours = `${f.functionName} ${f.location}`;
      }
      if (js === undefined && id !== node.id && frame.url !== '') js = `${f.functionName} ${f.location}`;
    }
    if (ours !== undefined) add(callers, keyOf(node.callFrame), ours, duration);
    if (js !== undefined) add(jsCallers, keyOf(node.callFrame), js, duration);
  }
  const heaviest = (byCaller: Map<string, number>, f: FunctionTime) => {
    const [location, us] = [...byCaller.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    return { location, share: us / f.selfUs };
  };
  for (const [key, f] of functions) {
    if (f.selfUs <= 0) continue;
    const ours = callers.get(key);
    const js = jsCallers.get(key);
    if (ours) f.via = heaviest(ours, f);
    if (js) f.caller = heaviest(js, f);
  }
  const origins = new Map<string, number>();
  for (const f of functions.values()) origins.set(f.origin, (origins.get(f.origin) ?? 0) + f.selfUs);
  return {
    sampledUs,
    busyUs: sampledUs - idleUs,
    functions: [...functions.values()].sort((a, b) => b.selfUs - a.selfUs),
    origins: [...origins.entries()]
      .map(([origin, selfUs]) => ({ origin, selfUs }))
      .sort((a, b) => b.selfUs - a.selfUs),
  };
}
