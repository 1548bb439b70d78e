// The electron-builder configuration in package.json: what gets packaged and with which icons.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../helpers.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
const build = pkg.build;

/** A minimal glob test for electron-builder's `files` patterns (`**`, `*`, leading `!`). */
function packaged(path: string): boolean {
  let included = false;
  for (const pattern of build.files as string[]) {
    const negated = pattern.startsWith("!");
    const source = (negated ? pattern.slice(1) : pattern).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\/?/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*");
    if (new RegExp(`^${source}$`).test(path)) included = !negated;
  }
  return included;
}

test("the app is named and has a build resources folder with its icons", () => {
  assert.equal(build.productName, "Copydesk");
  assert.match(build.appId, /^[a-z]+(\.[a-z]+)+$/);
  assert.equal(build.directories.buildResources, "build");
  const png = readFileSync(join(repoRoot, "build", "icon.png"));
  assert.equal(png.subarray(1, 4).toString("ascii"), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [512, 512], "icon.png is 512×512");
  const ico = readFileSync(join(repoRoot, build.win.icon));
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], "icon.ico has an ICO header");
  assert.ok(ico.readUInt16LE(4) >= 4, "icon.ico holds several sizes");
  const icns = readFileSync(join(repoRoot, build.mac.icon));
  assert.equal(icns.subarray(0, 4).toString("ascii"), "icns");
  assert.equal(icns.readUInt32BE(4), icns.length, "icon.icns length field matches the file");
});

test("every platform has installer targets", () => {
  assert.deepEqual(build.linux.target, ["AppImage", "deb"]);
  assert.equal(build.win.target, "nsis");
  assert.equal(build.mac.target, "dmg");
  assert.match(pkg.scripts.dist, /electron-builder/);
});

test("the package holds the main process, the preload and the renderer, and no tests or sources", () => {
  assert.equal(pkg.main, "dist/electron/main.js");
  for (const path of ["dist/electron/main.js", "dist/electron/preload.cjs", "dist/electron/core/desk.js", "dist/electron/core/extract-worker.js", "dist/shared/api.js", "dist/renderer/index.html", "package.json"]) {
    assert.ok(packaged(path), `${path} is packaged`);
  }
  for (const path of ["test/unit/store.test.ts", "electron/main.ts", "dist/electron/main.js.map", "node_modules/.bin/tsc"]) {
    assert.ok(!packaged(path), `${path} is not packaged`);
  }
});

test("the sample folder ships beside the archive, where the app looks for it when packaged", () => {
  assert.deepEqual(build.extraResources, [{ from: "samples", to: "samples" }]);
  assert.ok(existsSync(join(repoRoot, "samples", "scrapes", "000_de0f63e2a1ef871e.txt")));
  assert.match(readFileSync(join(repoRoot, "electron", "main.ts"), "utf8"), /process\.resourcesPath, "samples", "scrapes"/);
});

test("release builds burn the fuses an attacker would use", () => {
  const fuses = build.electronFuses;
  assert.equal(fuses.runAsNode, false);
  assert.equal(fuses.enableNodeOptionsEnvironmentVariable, false);
  assert.equal(fuses.enableNodeCliInspectArguments, false);
  assert.equal(fuses.enableCookieEncryption, true);
  assert.equal(fuses.enableEmbeddedAsarIntegrityValidation, true);
  assert.equal(fuses.onlyLoadAppFromAsar, true);
  assert.equal(fuses.grantFileProtocolExtraPrivileges, false);
});
