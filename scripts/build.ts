// Builds the npm package: ESM JavaScript and .d.ts for Node >= 20 in dist/, from the same
// sources JSR publishes. tsc rewrites relative ".ts" imports to ".js" in the JavaScript but
// leaves them in declarations, which older TypeScript consumers cannot resolve; the
// declarations are rewritten here.
//
//   tsx scripts/build.ts
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

rmSync("dist", { recursive: true, force: true });
const tsc = spawnSync("node_modules/.bin/tsc", ["-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const RELATIVE_TS = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g;
let rewritten = 0;
const walk = (dir: string): void => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith(".d.ts")) {
      const text = readFileSync(path, "utf8");
      const next = text.replace(RELATIVE_TS, "$1$2.js$3");
      if (next !== text) {
        writeFileSync(path, next);
        rewritten++;
      }
    }
  }
};
walk("dist");
console.log(`built dist/ (${rewritten} declaration files rewritten to .js specifiers)`);
