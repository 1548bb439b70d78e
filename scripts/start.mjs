// `npm start`: the desktop app on the given folder, or on the bundled sample folder.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("dist/electron/main.js")) {
  console.error("Copydesk is not built yet: run `npm install` (or `npm run build`) first.");
  process.exit(1);
}
const { findElectronBinary } = await import("../dist/electron/core/electron-binary.js");
const binary = findElectronBinary(process.cwd());
if ("missing" in binary) {
  console.error(
    `Copydesk cannot open its window here because ${binary.missing}; ` +
      "run `npx copydesk serve [folder]` to use the same review desk in your browser instead.",
  );
  process.exit(1);
}
const child = spawn(binary.path, [".", ...process.argv.slice(2)], { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
