// End to end with the real codex binary and the scripted model: N turns at once through
// this SDK, a hand-written JSONL client, and @openai/codex-sdk, side by side in one run.
//
//   tsx bench/e2e.ts [--sizes 1,8,32] [--reps 3] [--official-reps 3] [--json out.json]
//                    [--variants sdk,handwritten,codex-sdk,compat]
//
// Each run is a fresh client process (bench/e2e_client.ts) with a fresh CODEX_HOME; the
// scripted model stays in this process, outside the measured tree. The wall time is the
// client's own (spawn to last turn/completed); the peak RSS is the client process plus
// every process under it (codex app-server, or each `codex exec`), sampled every 20 ms.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import process from "node:process";
import { findCodex } from "../src/binary.ts";
import { configArgs } from "../src/config.ts";
import { createTestHome } from "../src/testing/harness.ts";
import { ScriptedModel } from "../src/testing/scripted_model.ts";
import type { E2eVariant } from "./e2e_client.ts";
import type { E2eSpec, Phases } from "./handwritten_client.ts";
import { type RssPeak, sampleRss } from "./_rss.ts";
import { benchFile, fmtInt, median, numberList, parseFlags, progress, table } from "./_util.ts";

export const E2E_VARIANTS: E2eVariant[] = ["sdk", "handwritten", "codex-sdk", "compat"];

export interface E2eResult {
  variant: E2eVariant;
  turns: number;
  wallSamplesMs: number[];
  medianWallMs: number;
  rssSamplesMb: number[];
  medianPeakRssMb: number;
  /** Median peak of the client process alone (the rest is codex). */
  medianClientRssMb: number;
  maxProcesses: number;
  /** Median CPU ms of the client process itself (not codex), spawn to last turn. */
  medianClientCpuMs: number;
  /** Median ms from spawn to each milestone (sdk and handwritten only). */
  medianPhasesMs: Phases;
}

export interface E2eReport {
  codexPath: string;
  reps: number;
  officialReps: number;
  prompt: string;
  deltasPerTurn: number;
  results: E2eResult[];
}

const PROMPT = "Say hello in a few words.";
const DELTAS = ["Hello", ", ", "world", "! ", "How ", "can ", "I ", "help", "?"];

function runClient(
  variant: E2eVariant,
  spec: E2eSpec,
): Promise<{ wallMs: number; phases: Phases; cpuMs: number; rss: RssPeak }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", benchFile("e2e_client.ts"), variant, JSON.stringify(spec)],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const sampler = sampleRss(child.pid!, 20);
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.once("error", reject);
    child.once("exit", (code) => {
      const rss = sampler.stop();
      if (code !== 0) {
        reject(new Error(`${variant} N=${spec.turns} exited ${code}: ${err.slice(-2000)}`));
        return;
      }
      const { wallMs, phases, cpuMs } = JSON.parse(out.trim().split("\n").at(-1)!);
      resolve({ wallMs, phases, cpuMs, rss });
    });
  });
}

/** Runs every (variant, N) `reps` times, variants in a rotating order. */
export async function runE2e(options: {
  sizes: number[];
  reps: number;
  variants: E2eVariant[];
  /** Runs of @openai/codex-sdk (slow: a process per turn); default `reps`. */
  officialReps?: number;
}): Promise<E2eReport> {
  const officialReps = Math.min(options.officialReps ?? options.reps, options.reps);
  const codexPath = findCodex();
  await using model = await ScriptedModel.start({
    responder: () => ({ steps: [{ type: "text", text: DELTAS }] }),
  });
  const samples = new Map<
    string,
    { wall: number; phases: Phases; cpuMs: number; rss: RssPeak }[]
  >();
  for (let rep = 0; rep < options.reps; rep++) {
    for (const turns of options.sizes) {
      for (let k = 0; k < options.variants.length; k++) {
        const variant = options.variants[(k + rep) % options.variants.length];
        if ((variant === "codex-sdk" || variant === "compat") && rep >= officialReps) continue;
        await using home = await createTestHome({ model });
        const spec: E2eSpec = {
          codexPath,
          config: home.config,
          configArgs: configArgs(home.config),
          env: home.env,
          cwd: home.cwd,
          turns,
          prompt: PROMPT,
        };
        const { wallMs, phases, cpuMs, rss } = await runClient(variant, spec);
        const key = `${variant}:${turns}`;
        samples.set(key, [...(samples.get(key) ?? []), { wall: wallMs, phases, cpuMs, rss }]);
        progress(
          `  [e2e] rep ${rep + 1}/${options.reps} N=${turns} ${variant}: ${
            fmtInt(wallMs)
          } ms, peak RSS ${rss.totalMb} MB (${rss.maxProcesses} processes)`,
        );
      }
    }
  }
  const results: E2eResult[] = [];
  for (const turns of options.sizes) {
    for (const variant of options.variants) {
      const runs = samples.get(`${variant}:${turns}`)!;
      results.push({
        variant,
        turns,
        wallSamplesMs: runs.map((r) => Math.round(r.wall)),
        medianWallMs: Math.round(median(runs.map((r) => r.wall))),
        rssSamplesMb: runs.map((r) => r.rss.totalMb),
        medianPeakRssMb: Math.round(median(runs.map((r) => r.rss.totalMb)) * 10) / 10,
        medianClientRssMb: Math.round(median(runs.map((r) => r.rss.rootMb)) * 10) / 10,
        maxProcesses: Math.max(...runs.map((r) => r.rss.maxProcesses)),
        medianPhasesMs: medianPhases(runs.map((r) => r.phases)),
        medianClientCpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
      });
    }
  }
  return {
    codexPath,
    reps: options.reps,
    officialReps,
    prompt: PROMPT,
    deltasPerTurn: DELTAS.length,
    results,
  };
}

function medianPhases(list: Phases[]): Phases {
  const out: Phases = {};
  for (
    const key of ["initialized", "firstThread", "firstTurnStarted", "firstTurnCompleted"] as const
  ) {
    const values = list.map((p) => p[key]).filter((x): x is number => x !== undefined);
    if (values.length) out[key] = Math.round(median(values));
  }
  return out;
}

/** Wall time and peak RSS per (N, variant), with the SDK's ratio to each other client. */
export function e2eTable(report: E2eReport): string {
  const sizes = [...new Set(report.results.map((r) => r.turns))];
  const variants = [...new Set(report.results.map((r) => r.variant))];
  const get = (v: string, n: number) =>
    report.results.find((r) => r.variant === v && r.turns === n);
  // The drop-in entry against the package it replaces, on the same program.
  const dropIn = variants.includes("compat") && variants.includes("codex-sdk");
  const rows = sizes.map((n) => {
    const sdk = get("sdk", n);
    return [
      String(n),
      ...variants.map((v) => {
        const r = get(v, n)!;
        return `${fmtInt(r.medianWallMs)} ms / ${r.medianPeakRssMb.toFixed(0)} MB`;
      }),
      ...variants.filter((v) => v !== "sdk" && sdk).map((v) =>
        `${(sdk!.medianWallMs / get(v, n)!.medianWallMs).toFixed(2)}x`
      ),
      ...(dropIn
        ? [`${(get("compat", n)!.medianWallMs / get("codex-sdk", n)!.medianWallMs).toFixed(2)}x`]
        : []),
    ];
  });
  const others = variants.filter((v) => v !== "sdk");
  const phaseRows = report.results.filter((r) => r.medianPhasesMs.initialized !== undefined).map((
    r,
  ) => [
    String(r.turns),
    r.variant,
    ...(["initialized", "firstThread", "firstTurnStarted", "firstTurnCompleted"] as const).map((
      k,
    ) => fmtInt(r.medianPhasesMs[k] ?? NaN)),
    fmtInt(r.medianWallMs),
    fmtInt(r.medianClientCpuMs),
  ]);
  return [
    `end to end, real codex + scripted model: median of ${report.reps} runs ` +
    `(${report.officialReps} for codex-sdk and compat) ` +
    `(wall ms / peak tree RSS MB); last columns: SDK wall time as a ratio of the other`,
    table(
      [
        "N turns",
        ...variants,
        ...(variants.includes("sdk") ? others.map((v) => `sdk/${v}`) : []),
        ...(dropIn ? ["compat/codex-sdk"] : []),
      ],
      rows,
    ),
    "milestones, median ms from spawn (first thread/start answer, first turn/start answer, " +
    "first turn/completed, last turn/completed)",
    table(
      [
        "N",
        "client",
        "initialized",
        "1st thread",
        "1st turn",
        "1st done",
        "all done",
        "client CPU",
      ],
      phaseRows,
    ),
  ].join("\n");
}

if (process.argv[1]?.endsWith("e2e.ts")) {
  const flags = parseFlags(process.argv.slice(2));
  const report = await runE2e({
    sizes: numberList(flags.get("sizes"), [1, 8, 32]),
    reps: Number(flags.get("reps") ?? 3),
    variants: (flags.get("variants")?.split(",") ?? E2E_VARIANTS) as E2eVariant[],
    officialReps: flags.has("official-reps") ? Number(flags.get("official-reps")) : undefined,
  });
  const json = flags.get("json");
  if (json) writeFileSync(json, JSON.stringify(report, null, 2));
  console.log(e2eTable(report));
  process.exit(0);
}
