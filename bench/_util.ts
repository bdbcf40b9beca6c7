// Small helpers shared by the benchmarks: flags, statistics, runtime facts, formatting.
import { fileURLToPath } from "node:url";
import process from "node:process";
import { detectRuntime, type Runtime } from "../src/transport/spawn.ts";

/** Absolute path of a file in bench/. */
export function benchFile(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

/** `--name value` and `--flag` arguments; repeated names keep the last value. */
export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) continue;
    const eq = arg.indexOf("=");
    if (eq !== -1) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
      flags.set(arg.slice(2), argv[++i]);
    } else {
      flags.set(arg.slice(2), "true");
    }
  }
  return flags;
}

/** A comma-separated list of numbers, or the default. */
export function numberList(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  return value.split(",").map((s) => Number(s.trim())).filter((n) => Number.isFinite(n));
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The runtime this process runs on, and its version. */
export function runtimeInfo(): { runtime: Runtime; version: string } {
  const runtime = detectRuntime();
  const g = globalThis as {
    Deno?: { version: { deno: string } };
    Bun?: { version: string };
  };
  const version = runtime === "deno"
    ? g.Deno!.version.deno
    : runtime === "bun"
    ? g.Bun!.version
    : process.versions.node;
  return { runtime, version };
}

/** Runs the collector if this process was started with it exposed (node --expose-gc). */
export function gc(): boolean {
  const fn = (globalThis as { gc?: () => void }).gc;
  if (!fn) return false;
  fn();
  return true;
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** 1234567 → "1,234,567". */
export function fmtInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** A fixed-width text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join(
    "\n",
  );
}

/** Writes to stderr (progress), keeping stdout for results. */
export function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}
