// Builds the review desk into dist/renderer. `base: './'` because the Electron app loads the
// bundle from files, and the browser preview (`copydesk serve`) from the server's root.
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * The dev server injects inline scripts (React Refresh preamble, HMR client) that the strict CSP
 * of index.html forbids. Drop the CSP meta for `vite dev` only; built files keep it untouched.
 */
function dropCspInDev(): Plugin {
  return {
    name: "copydesk-drop-csp-in-dev",
    apply: "serve",
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, ""),
  };
}

export default defineConfig({
  root: here,
  base: "./",
  plugins: [react(), dropCspInDev()],
  build: {
    outDir: fileURLToPath(new URL("../dist/renderer", import.meta.url)),
    emptyOutDir: true,
    // The polyfill is not needed in Chromium and would be one more script to reason about under CSP.
    modulePreload: { polyfill: false },
    // Keep every asset a file: nothing inlined that the CSP would have to allow.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
});
