// Renders the site's raster icons from app/icon.svg with Chromium, so every icon comes from one
// drawing: app/apple-icon.png (180 px), app/favicon.ico (32 px, PNG inside) and the 1200×630
// picture that link previews show (public/share.png). Run after changing the drawing:
// npm run icons. The outputs are committed; the build does not need Chromium.
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { chromiumLaunch } from '../tests/support/chromium';

async function render(html: string, width: number, height: number): Promise<Buffer> {
  const browser = await chromium.launch(chromiumLaunch);
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<body style="margin:0">${html}</body>`);
  const png = await page.screenshot({ omitBackground: true });
  await browser.close();
  return png;
}

/** An ICO file holding one PNG image, which every current browser reads. */
function ico(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, png]);
}

async function main() {
  const svg = await readFile('app/icon.svg', 'utf8');
  const sized = (px: number) =>
    svg.replace(/width="64" height="64"/, `width="${px}" height="${px}"`);
  // Square corners: iOS rounds the icon itself and would show transparent corners as black.
  const square = sized(180).replace(/ rx="\d+"/, '');
  await writeFile('app/apple-icon.png', await render(square, 180, 180));
  await writeFile('app/favicon.ico', ico(await render(sized(32), 32, 32), 32));
  const share = `
    <div style="width:1200px;height:630px;background:#232f3e;color:#fff;display:flex;
      align-items:center;gap:64px;padding:0 96px;box-sizing:border-box;
      font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">
      ${sized(240)}
      <div>
        <div style="font-size:60px;font-weight:700;line-height:1.25">AWS 中国（北京）区域</div>
        <div style="font-size:44px;line-height:1.5;margin-top:8px">法律文件 · Legal documents</div>
        <div style="width:160px;height:8px;background:#ec7211;border-radius:4px;margin-top:40px"></div>
      </div>
    </div>`;
  await writeFile('public/share.png', await render(share, 1200, 630));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
