// Reading a ticket's QR code the way the door does: its pixels, decoded with jsQR. The same
// pixels become a Y4M video that Chromium's fake camera plays to the check-in page.
import { writeFileSync } from "node:fs";
import type { Locator } from "@playwright/test";
import jsQR from "jsqr";

export type Pixels = { width: number; height: number; data: number[] };

/** Renders the QR code's SVG on a white canvas in the browser and returns its RGBA pixels. */
export async function qrPixels(qr: Locator, size = 360): Promise<Pixels> {
  return qr.locator("svg").evaluate(async (svg, size) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  }, size);
}

export function decodeQr(p: Pixels): string | null {
  return jsQR(Uint8ClampedArray.from(p.data), p.width, p.height)?.data ?? null;
}

/**
 * Writes the QR code centred on a white 640×480 picture as a Y4M file (4:2:0, grey), the
 * format Chromium's --use-file-for-fake-video-capture plays in a loop.
 */
export function writeQrVideo(path: string, p: Pixels) {
  const W = 640;
  const H = 480;
  const y = Buffer.alloc(W * H, 255);
  const left = Math.floor((W - p.width) / 2);
  const top = Math.floor((H - p.height) / 2);
  for (let row = 0; row < p.height; row++) {
    for (let col = 0; col < p.width; col++) {
      const i = (row * p.width + col) * 4;
      y[(top + row) * W + left + col] = Math.round(0.299 * p.data[i]! + 0.587 * p.data[i + 1]! + 0.114 * p.data[i + 2]!);
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}
