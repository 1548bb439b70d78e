#!/usr/bin/env node
// Runs the built command line (npm install builds it through the "prepare" script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/electron/cli.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("copydesk: the project is not built yet; run `npm run build` (npm install does it) and try again.\n");
  process.exit(1);
}
// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
