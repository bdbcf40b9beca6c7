// One import measurement in a fresh process (started by bench/import.ts):
//   node --expose-gc bench/_import_probe.mjs <variant> <dist dir>
// Prints { wallMs, cpuMs, heapMb }: the import's wall and CPU time, and the heap it left
// after a collection.
import process from "node:process";
import { pathToFileURL } from "node:url";

const [variant, dist] = process.argv.slice(2);
const url = (file) => pathToFileURL(`${dist}/${file}`).href;
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
switch (variant) {
  case "valibot":
    await import("valibot");
    break;
  case "sdk":
    await import(url("mod.js"));
    break;
  case "sdk-0.1-root":
    // What the root entry loaded before the subpaths: everything now in ".", "./transports"
    // and "./protocol" (the WebSocket, Unix-socket and pool code, the low-level client).
    await Promise.all(
      [url("mod.js"), url("transports.js"), url("protocol.js")].map((u) => import(u)),
    );
    break;
  case "sdk+schemas": {
    // What importing cost when every schema was built at import: build them all.
    await import(url("mod.js"));
    const v = await import("valibot");
    const schemas = await import(url("gen/schemas.js"));
    for (const schema of Object.values(schemas)) v.safeParse(schema, undefined);
    break;
  }
  default:
    throw new Error(`unknown variant ${variant}`);
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
globalThis.gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
console.log(JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, heapMb }));
