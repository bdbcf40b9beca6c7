// The inspector's sampling CPU profiler, started in this process (Node only; imported
// lazily by the benchmarks that offer --profile / E2E_CPU_PROFILE).

/** A V8 CPU profile as the inspector returns it (the parts the benchmarks touch). */
export interface CpuProfile {
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Starts sampling every `intervalUs` µs; `stop()` ends it and returns the profile. */
export async function startProfiler(intervalUs: number): Promise<{ stop(): Promise<CpuProfile> }> {
  const { Session } = await import("node:inspector");
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result)))
    );
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: intervalUs });
  await post("Profiler.start");
  return {
    async stop() {
      const { profile } = await post("Profiler.stop") as { profile: CpuProfile };
      session.disconnect();
      return profile;
    },
  };
}
