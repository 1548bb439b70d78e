// The sandboxed preload: exposes window.copydesk with one method per API operation and nothing
// else (never ipcRenderer itself). Bundled to CommonJS by scripts/build.mjs.
import { contextBridge, ipcRenderer } from "electron";
import { API_OPS, ipcChannel } from "../shared/api-ops.js";

const bridge = Object.fromEntries(API_OPS.map((op) => [op, (request: unknown) => ipcRenderer.invoke(ipcChannel(op), request)]));
contextBridge.exposeInMainWorld("copydesk", Object.freeze(bridge));
