// One end-to-end run in its own process, so that its process tree (this client and the
// codex processes it spawns) can be measured alone:
//
//   node --import tsx bench/e2e_client.ts <variant> '<E2eSpec as JSON>'
//
// Prints one JSON line, { "wallMs": ..., "phases": {...} }: wallMs is from before the first codex process is spawned
// until the last of the N turns has completed. Variants:
//   sdk          this SDK's high-level API: Codex.start, then per turn startThread,
//                startTurn, run() — all N at once on one client
//   sdk-off      the same with validation "off" (diagnostic; not run by default)
//   handwritten  bench/handwritten_client.ts: the same calls, by hand
//   codex-sdk    @openai/codex-sdk: per turn startThread().run(prompt), which spawns one
//                `codex exec` process per turn
//   compat       the same program as codex-sdk, imported from this SDK's codex-sdk entry
//                (one shared app-server instead of a process per turn)
import process from "node:process";
import { writeFileSync } from "node:fs";
import type { E2eSpec, Phases } from "./handwritten_client.ts";

/** The clients the end-to-end benchmark compares. */
export type E2eVariant = "sdk" | "sdk-off" | "handwritten" | "codex-sdk" | "compat";

// Each variant loads only its own code, so a client's RSS is its own.
const { phaseClock, runHandwritten } = await import("./handwritten_client.ts");

async function runSdk(
  spec: E2eSpec,
  phases: Phases,
  validation: "lenient" | "off" = "lenient",
): Promise<number> {
  const { Codex } = await import("../src/api/codex.ts");
  const t0 = performance.now();
  const clock = phaseClock(t0, phases);
  const codex = await Codex.start({
    codexPath: spec.codexPath,
    config: spec.config,
    env: spec.env,
    cwd: spec.cwd,
    validation,
  });
  clock.mark("initialized");
  await Promise.all(
    Array.from({ length: spec.turns }, async () => {
      const thread = await codex.startThread({ cwd: spec.cwd });
      clock.mark("firstThread");
      const turn = await thread.startTurn(spec.prompt);
      clock.mark("firstTurnStarted");
      const result = await turn.run();
      clock.mark("firstTurnCompleted");
      if (result.status !== "completed") throw new Error(`turn ${result.status}`);
    }),
  );
  const ms = performance.now() - t0;
  await codex.close();
  return ms;
}

async function runOfficial(spec: E2eSpec, entry: "official" | "compat"): Promise<number> {
  // The same program either way: only the import differs.
  const { Codex: OfficialCodex } = entry === "official"
    ? await import("@openai/codex-sdk")
    : await import("../codex-sdk.ts");
  const t0 = performance.now();
  const codex = new OfficialCodex({
    codexPathOverride: spec.codexPath,
    // Given env, the official SDK does not inherit process.env; pass it on.
    env: { ...process.env, ...spec.env } as Record<string, string>,
    // Already TOML-encoded values, passed as `--config` unchanged.
    configOverrides: spec.configArgs.filter((_, i) => i % 2 === 1),
  });
  await Promise.all(
    Array.from({ length: spec.turns }, async () => {
      const thread = codex.startThread({ workingDirectory: spec.cwd, skipGitRepoCheck: true });
      const result = await thread.run(spec.prompt);
      if (!result.finalResponse) throw new Error("a turn ended without a final response");
    }),
  );
  return performance.now() - t0;
}

const [variant, json] = process.argv.slice(2) as [E2eVariant, string];
const spec = JSON.parse(json) as E2eSpec;
// Load the variant's modules before the clock starts.
if (variant.startsWith("sdk")) await import("../src/api/codex.ts");
if (variant === "codex-sdk") await import("@openai/codex-sdk");
if (variant === "compat") await import("../codex-sdk.ts");

// E2E_CPU_PROFILE=<file>: a CPU profile of the measured part only (Node).
const profileFile = process.env.E2E_CPU_PROFILE;
let stopProfile = (): Promise<void> => Promise.resolve();
if (profileFile) {
  const { startProfiler } = await import("./_profiler.ts");
  const profiler = await startProfiler(250);
  stopProfile = async () => {
    writeFileSync(profileFile, JSON.stringify(await profiler.stop()));
  };
}

const phases: Phases = {};
const cpu0 = process.cpuUsage();
const wallMs = variant === "sdk"
  ? await runSdk(spec, phases)
  : variant === "sdk-off"
  ? await runSdk(spec, phases, "off")
  : variant === "handwritten"
  ? await runHandwritten(spec, phases)
  : variant === "compat"
  ? await runOfficial(spec, "compat")
  : await runOfficial(spec, "official");
const cpu = process.cpuUsage(cpu0);
await stopProfile();
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
process.stdout.write(`${JSON.stringify({ wallMs, phases, cpuMs })}\n`);
process.exit(0);
