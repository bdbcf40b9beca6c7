// Peak resident memory of a process tree, sampled from /proc (Linux only): VmRSS of the
// process and all its descendants, summed, every `intervalMs`.
import { readdirSync, readFileSync } from "node:fs";

/** Process names left out of the sum: tsx's esbuild service is the loader's, not the client's. */
const IGNORED = new Set(["esbuild"]);

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Every process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readOr(`/proc/${pid}/stat`);
    if (!stat) continue;
    // The command name may contain spaces and parentheses; fields resume after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    map.set(pid, Number(fields[1]));
  }
  return map;
}

/** The tree's processes now: pid, name and RSS in kB. */
export function treeRss(root: number): { pid: number; name: string; rssKb: number }[] {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const out = [];
  for (const pid of tree) {
    const status = readOr(`/proc/${pid}/status`);
    if (!status) continue;
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?";
    const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    out.push({ pid, name, rssKb: rss });
  }
  return out;
}

/** Peak RSS of a process tree, in MB, split into the root and everything under it. */
export interface RssPeak {
  /** Peak of the sum over the whole tree (esbuild left out). */
  totalMb: number;
  /** Peak of the root process alone. */
  rootMb: number;
  /** Most processes seen at once in the tree. */
  maxProcesses: number;
  samples: number;
}

/** Starts sampling; `stop()` returns the peaks. */
export function sampleRss(root: number, intervalMs = 20): { stop(): RssPeak } {
  const peak: RssPeak = { totalMb: 0, rootMb: 0, maxProcesses: 0, samples: 0 };
  const sample = () => {
    const procs = treeRss(root).filter((p) => !IGNORED.has(p.name));
    let total = 0;
    for (const p of procs) total += p.rssKb;
    const rootKb = procs.find((p) => p.pid === root)?.rssKb ?? 0;
    peak.totalMb = Math.max(peak.totalMb, total / 1024);
    peak.rootMb = Math.max(peak.rootMb, rootKb / 1024);
    peak.maxProcesses = Math.max(peak.maxProcesses, procs.length);
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return {
        ...peak,
        totalMb: Math.round(peak.totalMb * 10) / 10,
        rootMb: Math.round(peak.rootMb * 10) / 10,
      };
    },
  };
}
