// Where Copydesk keeps its files. The command line uses the same folder Electron's
// app.getPath("userData") gives the app, so both see the same review databases.
import { homedir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hash.js";

export const APP_NAME = "Copydesk";

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === "win32") return join(env.APPDATA ?? join(homedir(), "AppData", "Roaming"), APP_NAME);
  if (platform === "darwin") return join(homedir(), "Library", "Application Support", APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), APP_NAME);
}

/** One database per opened folder, named so a person can tell which folder it belongs to. */
export function defaultDbPath(userDataDir: string, folder: string): string {
  const absolute = resolve(folder);
  const name = basename(absolute).replace(/[^\w.-]+/g, "_").slice(0, 40) || "folder";
  return join(userDataDir, "reviews", `${name}-${sha256(absolute).slice(0, 12)}.json`);
}

/** The repository or app root (two levels above dist/electron/core or electron/core). */
export const appRoot = (): string => resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..", ...(isBuilt() ? [".."] : []));

const isBuilt = (): boolean => fileURLToPath(import.meta.url).split(/[\\/]/).includes("dist");

export const rendererDir = (): string => join(appRoot(), "dist", "renderer");
export const sampleFolder = (): string => join(appRoot(), "samples", "scrapes");
