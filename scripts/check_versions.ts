// Fails when package.json and deno.json disagree on the version: npm and JSR must ship
// the same release.
import { readFileSync } from "node:fs";
import process from "node:process";

const npm = JSON.parse(readFileSync("package.json", "utf8")).version;
const jsr = JSON.parse(readFileSync("deno.json", "utf8")).version;
if (npm !== jsr) {
  console.error(`version mismatch: package.json has ${npm}, deno.json has ${jsr}`);
  process.exit(1);
}
console.log(`version ${npm} (package.json and deno.json agree)`);
