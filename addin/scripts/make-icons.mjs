// Writes the ribbon/pane icons (16, 32, 64, 80 px PNGs; 64 is the high-resolution icon Microsoft asks of task panes) without an image library: a blue tile with a white
// three-level org-chart glyph. Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const blue = [0x0f, 0x6c, 0xbd, 255];
  const white = [255, 255, 255, 255];
  const clear = [0, 0, 0, 0];
  const r = Math.max(1, Math.round(size * 0.15));
  const box = (x0, y0, w, h) => (x, y) => x >= x0 && x < x0 + w && y >= y0 && y < y0 + h;
  const u = size / 16;
  const shapes = [
    box(6 * u, 2.5 * u, 4 * u, 3 * u), // top role
    box(7.5 * u, 5.5 * u, 1 * u, 2 * u), // stem
    box(3.5 * u, 7.5 * u, 9 * u, 1 * u), // bar
    box(3.5 * u, 7.5 * u, 1 * u, 2 * u),
    box(11.5 * u, 7.5 * u, 1 * u, 2 * u),
    box(2 * u, 9.5 * u, 4 * u, 3 * u), // left role
    box(10 * u, 9.5 * u, 4 * u, 3 * u), // right role
  ];
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const dx = Math.max(r - x - 0.5, x + 0.5 - (size - r), 0);
      const dy = Math.max(r - y - 0.5, y + 0.5 - (size - r), 0);
      const inside = dx * dx + dy * dy <= r * r;
      row.push(...(!inside ? clear : shapes.some((s) => s(x, y)) ? white : blue));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = new URL('../public/assets/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(new URL(`icon-${size}.png`, dir), icon(size));
