import { test } from "node:test";
import assert from "node:assert/strict";
import { allowNavigation, APP_ORIGIN, allowPermission, CONTENT_SECURITY_POLICY, folderArgument, windowOptions } from "../../electron/core/window-policy.js";
import { isTrustedFrameUrl } from "../../electron/core/trust.js";

test("the window isolates the page from Node and Electron", () => {
  const prefs = windowOptions("/app/preload.cjs").webPreferences ?? {};
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.experimentalFeatures, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.navigateOnDragDrop, false);
  assert.equal(prefs.enableBlinkFeatures, undefined);
  assert.equal(prefs.disableBlinkFeatures, "Auxclick");
  assert.equal(prefs.preload, "/app/preload.cjs");
});

test("the content security policy allows only the app's own scripts", () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["default-src"], ["'self'"]);
  assert.deepEqual(directives["script-src"], ["'self'"]);
  assert.deepEqual(directives["object-src"], ["'none'"]);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
});

test("navigation and permissions are always denied", () => {
  for (const url of ["https://example.com", "file:///etc/passwd", "javascript:alert(1)"]) assert.equal(allowNavigation(url), false);
  for (const permission of ["media", "geolocation", "notifications", "openExternal", "clipboard-read"]) assert.equal(allowPermission(permission), false);
});

test("only the app's own page is a trusted IPC sender", () => {
  const index = `${APP_ORIGIN}/index.html`;
  assert.equal(isTrustedFrameUrl(index, index), true);
  assert.equal(isTrustedFrameUrl(`${index}#queue`, index), true);
  assert.equal(isTrustedFrameUrl("file:///tmp/evil.html", index), false);
  assert.equal(isTrustedFrameUrl("https://copydesk/index.html", index), false);
  assert.equal(isTrustedFrameUrl("app://evil/index.html", index), false);
  assert.equal(isTrustedFrameUrl(undefined, index), false);
  assert.equal(isTrustedFrameUrl("not a url", index), false);
});

test("the folder to open comes from the first non-flag argument", () => {
  assert.equal(folderArgument(["electron", ".", "/data/scrapes"], false), "/data/scrapes");
  assert.equal(folderArgument(["Copydesk", "--no-sandbox", "/data/scrapes"], true), "/data/scrapes");
  assert.equal(folderArgument(["electron", "."], false), undefined);
});

test("the save dialog offers the chosen export format's file type", async () => {
  const { saveDialogFilters } = await import("../../electron/core/export-dialog.js");
  assert.deepEqual(saveDialogFilters("csv"), [{ name: "CSV", extensions: ["csv"] }]);
  assert.deepEqual(saveDialogFilters("jsonl")[0]?.extensions, ["jsonl"]);
  assert.deepEqual(saveDialogFilters("markdown"), []);
});
