// Electron glue only: window, menu, dialogs, the app:// protocol, IPC wiring, single-instance
// lock. Every decision lives in electron/core (tested in plain Node); this file only applies it.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from "electron";
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { API_OPS, ipcChannel } from "../shared/api-ops.js";
import type { Desk } from "./core/desk.js";
import { OpenFolder } from "./core/open-folder.js";
import { openLogFile, type LogFile } from "./core/log-file.js";
import { defaultDbPath, rendererDir, sampleFolder } from "./core/paths.js";
import { findAsset, loadRendererAssets } from "./core/renderer-assets.js";
import { createRouter } from "./core/router.js";
import { isTrustedFrameUrl } from "./core/trust.js";
import { saveDialogFilters } from "./core/export-dialog.js";
import {
  allowNavigation, allowPermission, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, folderArgument, windowOptions,
} from "./core/window-policy.js";

if (process.env.COPYDESK_USER_DATA) app.setPath("userData", process.env.COPYDESK_USER_DATA);
// The page is served from app://copydesk/, not file://, so it gets no file-system privileges.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const reviewer = process.env.COPYDESK_REVIEWER ?? userInfo().username;
const indexUrl = `${APP_ORIGIN}/index.html`;
const preloadPath = join(fileURLToPath(new URL(".", import.meta.url)), "preload.cjs");

let window: BrowserWindow | null = null;
let opened: OpenFolder | null = null;
let log: LogFile | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on("web-contents-created", (_event, contents) => {
    contents.on("will-navigate", (event, url) => { if (!allowNavigation(url)) event.preventDefault(); });
    contents.on("will-redirect", (event, url) => { if (!allowNavigation(url)) event.preventDefault(); });
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
  app.on("window-all-closed", () => app.quit());
  app.on("will-quit", () => void opened?.close().catch(() => {}));
  process.on("uncaughtException", (error) => log?.write("error", error.stack ?? String(error)));
  process.on("unhandledRejection", (reason) => log?.write("error", reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)));
  app.whenReady().then(start).catch((error: Error) => {
    log?.write("error", `start-up failed: ${error.stack ?? error.message}`);
    dialog.showErrorBox("Copydesk could not start", error.message);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  log = openLogFile(join(app.getPath("userData"), "logs"));
  log.write("info", `Copydesk ${app.getVersion()} starting`);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));

  const assets = await loadRendererAssets(rendererDir());
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.origin === APP_ORIGIN ? findAsset(assets, url.pathname) : null;
    if (!asset) return new Response("Not found", { status: 404 });
    return new Response(await readFile(asset.file), {
      headers: { "Content-Type": asset.type, "Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff" },
    });
  });

  const bundledSamples = app.isPackaged ? join(process.resourcesPath, "samples", "scrapes") : sampleFolder();
  const folder = OpenFolder.withDesk((f) => ({ dbPath: defaultDbPath(app.getPath("userData"), f), reviewer, onWarning: (message) => log?.write("warn", message) }), folderArgument(process.argv, app.isPackaged) ?? bundledSamples);
  opened = folder;
  folder.desk().catch((error: Error) => log?.write("error", `opening the folder failed: ${error.message}`));
  // The options come from windowOptions(), asserted in test/unit/window-policy.test.ts; the
  // scanner cannot see through the call, hence the inline exclusions.
  const win = new BrowserWindow(windowOptions(preloadPath)); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
  window = win;

  const pickAndOpenFolder = async (): Promise<Desk | null> => {
    const picked = await dialog.showOpenDialog(win, { title: "Open a folder of scrapes", properties: ["openDirectory"] });
    if (picked.canceled || !picked.filePaths[0]) return null;
    return folder.switchTo(picked.filePaths[0]);
  };
  const router = createRouter({
    desk: () => folder.desk(),
    opening: () => folder.opening(),
    openFolder: pickAndOpenFolder,
    exportDestination: async (format, suggestedName) => {
      const picked = await dialog.showSaveDialog(win, {
        title: format === "markdown" ? "Export approved articles into a new folder" : "Export approved articles",
        defaultPath: join(app.getPath("documents"), suggestedName),
        filters: saveDialogFilters(format),
      });
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
  });
  for (const op of API_OPS) {
    ipcMain.handle(ipcChannel(op), async (event, payload: unknown) => {
      const result = await router(op, payload, { trusted: isTrustedFrameUrl(event.senderFrame?.url, indexUrl) });
      if (!result.ok && result.error.code !== "bad-request") log?.write("warn", `${op}: ${result.error.code}: ${result.error.message}`);
      return result;
    });
  }

  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === "darwin" ? [{ role: "appMenu" as const }] : []),
      {
        label: "File",
        submenu: [
          {
            label: "Open Folder…",
            accelerator: "CmdOrCtrl+O",
            click: () => void pickAndOpenFolder().then((opened) => opened && win.reload()).catch((error: Error) => dialog.showErrorBox("Cannot open that folder", error.message)),
          },
          { type: "separator" },
          { role: "quit" },
        ],
      },
      { role: "editMenu" },
      { label: "View", submenu: [{ role: "resetZoom" }, { role: "zoomIn" }, { role: "zoomOut" }, { type: "separator" }, { role: "togglefullscreen" }] },
      {
        label: "Help",
        submenu: [
          { label: "Show Log File", click: () => log && shell.showItemInFolder(log.path) },
          { label: "Show Review Databases", click: () => shell.showItemInFolder(join(app.getPath("userData"), "reviews")) },
        ],
      },
    ]),
  );

  win.once("ready-to-show", () => win.show());
  await win.loadURL(indexUrl);
}
