// Builds everything the app and the command line run: the core (tsc), the sandboxed preload
// (one CommonJS file, as Electron's sandbox requires) and the renderer (Vite).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { build } from "esbuild";

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync("dist", { recursive: true, force: true });
run("npx", ["tsc", "-p", "tsconfig.build.json"]);
await build({
  entryPoints: ["electron/preload.ts"],
  outfile: "dist/electron/preload.cjs",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["electron"],
  logLevel: "warning",
});
run("npx", ["vite", "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"]);
