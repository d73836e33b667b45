// Draws the add-in's icons as PNG files in assets/: the add-in and its pane (a green tile with a
// white check mark), "Periksa Konsistensi" (a magnifier) and "Hapus Sorotan" (a cross on red), so the
// ribbon's three buttons are told apart. The manifest names them (icon-*, icon-periksa-*, icon-hapus-*).
// Run: node scripts/make-icons.mjs. No image library needed: PNG is written by hand with zlib.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41];
const BLUE = [0x0f, 0x6c, 0xbd];
const RED = [0xc4, 0x31, 0x1c];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance (in units of the tile) from (u, v) to the white mark of each icon. */
const MARKS = {
  "": (u, v) => Math.min(distanceToSegment(u, v, 0.26, 0.52, 0.43, 0.69), distanceToSegment(u, v, 0.43, 0.69, 0.76, 0.33)),
  // A magnifier: a ring and its handle.
  periksa: (u, v) => Math.min(Math.abs(Math.hypot(u - 0.43, v - 0.43) - 0.2), distanceToSegment(u, v, 0.58, 0.58, 0.78, 0.78)),
  // A cross: highlights taken away.
  hapus: (u, v) => Math.min(distanceToSegment(u, v, 0.3, 0.3, 0.7, 0.7), distanceToSegment(u, v, 0.3, 0.7, 0.7, 0.3)),
};
const COLORS = { "": GREEN, periksa: BLUE, hapus: RED };

function icon(n, kind = "") {
  const rows = [];
  const r = n * 0.18; // corner radius
  const stroke = n * 0.09;
  for (let y = 0; y < n; y++) {
    const row = [0]; // filter: none
    for (let x = 0; x < n; x++) {
      const cx = Math.min(Math.max(x + 0.5, r), n - r);
      const cy = Math.min(Math.max(y + 0.5, r), n - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      const u = (x + 0.5) / n;
      const v = (y + 0.5) / n;
      const mark = MARKS[kind](u, v) * n <= stroke;
      if (!inside) row.push(0, 0, 0, 0);
      else if (mark) row.push(255, 255, 255, 255);
      else row.push(...COLORS[kind], 255);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const written = [];
for (const kind of Object.keys(MARKS)) {
  for (const n of kind === "" ? SIZES : [16, 32, 80]) {
    const name = `assets/icon-${kind ? `${kind}-` : ""}${n}.png`;
    writeFileSync(new URL(`../${name}`, import.meta.url), icon(n, kind));
    written.push(name);
  }
}
console.log(`Ikon dibuat: ${written.join(", ")}`);
