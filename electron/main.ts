// Electron glue only: window, dialogs, IPC wiring, single-instance lock. Every decision lives in
// electron/core (tested in plain Node); this file only applies it.
import { app, BrowserWindow, dialog, ipcMain, session } from "electron";
import { userInfo } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { API_OPS, ipcChannel } from "../shared/api-ops.js";
import { Desk } from "./core/desk.js";
import { defaultDbPath, rendererDir, sampleFolder } from "./core/paths.js";
import { createRouter } from "./core/router.js";
import { isTrustedFrameUrl } from "./core/trust.js";
import { allowNavigation, allowPermission, CONTENT_SECURITY_POLICY, folderArgument, windowOptions } from "./core/window-policy.js";

if (process.env.COPYDESK_USER_DATA) app.setPath("userData", process.env.COPYDESK_USER_DATA);
const reviewer = process.env.COPYDESK_REVIEWER ?? userInfo().username;
const indexPath = join(rendererDir(), "index.html");
const indexUrl = pathToFileURL(indexPath).href;
const preloadPath = join(fileURLToPath(new URL(".", import.meta.url)), "preload.cjs");

let window: BrowserWindow | null = null;
let desk: Promise<Desk>;

const openDesk = (folder: string): Promise<Desk> =>
  Desk.open({ folder, dbPath: defaultDbPath(app.getPath("userData"), folder), reviewer });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on("web-contents-created", (_event, contents) => {
    contents.on("will-navigate", (event, url) => { if (!allowNavigation(url)) event.preventDefault(); });
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
  app.on("window-all-closed", () => app.quit());
  app.whenReady().then(start).catch((error: Error) => {
    dialog.showErrorBox("Copydesk could not start", error.message);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, "Content-Security-Policy": [CONTENT_SECURITY_POLICY] } });
  });

  desk = openDesk(folderArgument(process.argv, app.isPackaged) ?? sampleFolder());
  const win = new BrowserWindow(windowOptions(preloadPath));
  window = win;
  const router = createRouter({
    desk: () => desk,
    openFolder: async () => {
      const picked = await dialog.showOpenDialog(win, { title: "Open a folder of scrapes", properties: ["openDirectory"] });
      const folder = picked.filePaths[0];
      if (picked.canceled || !folder) return null;
      const next = openDesk(folder);
      await next; // a folder that fails to open leaves the current one in place
      desk = next;
      return next;
    },
    exportDestination: async (_format, suggestedName) => {
      const picked = await dialog.showSaveDialog(win, {
        title: "Export approved articles",
        defaultPath: join(app.getPath("documents"), suggestedName),
        filters: [{ name: "JSON Lines", extensions: ["jsonl"] }],
      });
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    },
  });
  for (const op of API_OPS) {
    ipcMain.handle(ipcChannel(op), (event, payload: unknown) =>
      router(op, payload, { trusted: isTrustedFrameUrl(event.senderFrame?.url, indexUrl) }),
    );
  }
  win.once("ready-to-show", () => win.show());
  await win.loadFile(indexPath);
}
