// The built renderer's files, listed once at start-up. Both the app's custom protocol and the
// preview server answer only from this list, so no path from a URL ever reaches the disk.
import { readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".map": "application/json",
  ".woff2": "font/woff2",
};

export type RendererAssets = Map<string, string>;

export async function loadRendererAssets(root: string): Promise<RendererAssets> {
  const assets: RendererAssets = new Map();
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => {
    throw new Error(`The renderer is not built (${root} is missing): run "npm run build" first.`);
  });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    assets.set(relative(root, full).split(sep).join("/"), full);
  }
  if (!assets.has("index.html")) throw new Error(`The renderer build in ${root} has no index.html: run "npm run build".`);
  return assets;
}

/** The file and content type for a URL path, or null when the build has no such file. */
export function findAsset(assets: RendererAssets, pathname: string): { file: string; type: string } | null {
  let name: string;
  try {
    name = pathname === "/" || pathname === "" ? "index.html" : decodeURIComponent(pathname.replace(/^\//, ""));
  } catch {
    return null;
  }
  const file = assets.get(name);
  return file ? { file, type: TYPES[extname(name)] ?? "application/octet-stream" } : null;
}
