// Renders build/icon.svg into the app icons electron-builder packages: icon.png (512×512),
// icon.ico (Windows, PNG-compressed entries) and icon.icns (macOS). Uses Debian's Chromium
// through Playwright; run it again after changing the SVG: `node scripts/make-icons.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("build/icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const render = async (size) => {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0"><div style="width:${size}px;height:${size}px">${svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`)}</div></body>`);
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
};
const pngs = new Map();
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) pngs.set(size, await render(size));
await browser.close();

writeFileSync("build/icon.png", pngs.get(512));

// ICO: a directory of entries, each a whole PNG (Windows Vista and later read PNG entries).
const icoSizes = [16, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const png = pngs.get(size);
  const at = 6 + 16 * i;
  header.writeUInt8(size === 256 ? 0 : size, at);
  header.writeUInt8(size === 256 ? 0 : size, at + 1);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
writeFileSync("build/icon.ico", Buffer.concat([header, ...icoSizes.map((s) => pngs.get(s))]));

// ICNS: typed chunks of PNG data (ic07 128, ic08 256, ic09 512, ic10 1024, ic11 32, ic12 64).
const icnsTypes = [["ic11", 32], ["ic12", 64], ["ic07", 128], ["ic08", 256], ["ic09", 512], ["ic10", 1024]];
const chunks = icnsTypes.map(([type, size]) => {
  const png = pngs.get(size);
  const head = Buffer.alloc(8);
  head.write(type, 0, "ascii");
  head.writeUInt32BE(png.length + 8, 4);
  return Buffer.concat([head, png]);
});
const body = Buffer.concat(chunks);
const icnsHead = Buffer.alloc(8);
icnsHead.write("icns", 0, "ascii");
icnsHead.writeUInt32BE(body.length + 8, 4);
writeFileSync("build/icon.icns", Buffer.concat([icnsHead, body]));
console.log("wrote build/icon.png, build/icon.ico, build/icon.icns");
