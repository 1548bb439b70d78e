// The window and session security settings, as pure values and functions so tests can assert
// them without Electron. electron/main.ts applies them; nothing else decides them.
import type { BrowserWindowConstructorOptions } from "electron";

/** The app's own scheme: pages come from app://copydesk/, never from file:// or the network. */
export const APP_SCHEME = "app";
export const APP_ORIGIN = `${APP_SCHEME}://copydesk`;

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: "Copydesk",
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click must not open links found in scraped text.
      disableBlinkFeatures: "Auxclick",
      spellcheck: true,
    },
  };
}

/** The app never navigates away from its own page; links in scrapes are text, not links. */
export const allowNavigation = (_url: string): boolean => false;

/** No permission (camera, notifications, geolocation, …) is ever granted to the page. */
export const allowPermission = (_permission: string): boolean => false;

/** The folder to open from the command line: the first argument that is not a flag. */
export function folderArgument(argv: string[], isPackaged: boolean): string | undefined {
  return argv.slice(isPackaged ? 1 : 2).find((arg) => !arg.startsWith("-"));
}
