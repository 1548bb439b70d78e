// Finds the Electron binary without letting its lazy download print a stack trace. The electron
// package resolves to the binary's path, or throws when it is missing and cannot be fetched.
import { spawnSync } from "node:child_process";

export type ElectronBinary = { path: string } | { missing: string };

export function findElectronBinary(cwd: string): ElectronBinary {
  const probe = spawnSync(process.execPath, ["-e", "process.stdout.write(require(process.argv[1]))", "electron"], { cwd, encoding: "utf8", timeout: 120_000 });
  if (probe.status === 0 && probe.stdout) return { path: probe.stdout };
  const why = /Electron failed to install correctly|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(probe.stderr ?? "")
    ? "the Electron binary is not installed and could not be downloaded"
    : `the electron package could not be loaded (${(probe.stderr ?? "").trim().split("\n").pop() ?? "no output"})`;
  return { missing: why };
}
