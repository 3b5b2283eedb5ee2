/**
 * Test images: forms that upload them, and GIFs made without encoding pixels, so even huge ones
 * cost a few bytes and no time.
 */

/** The multipart body of an upload to `/api/media`: the file and the document's fields. */
export function imageForm(
  bytes: Buffer,
  filename: string,
  data: Record<string, unknown> = { alt: '流程图' },
): FormData {
  const type = filename.endsWith('.gif') ? 'image/gif' : 'image/png'
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

const le16 = (n: number) => [n & 0xff, n >> 8]

/**
 * An animated GIF of `frames` frames on a `width`×`height` canvas. Each frame stores one pixel
 * (alternating colours, so no encoder merges them); a decoder still paints the whole canvas per
 * frame, as it does for any GIF of that size.
 */
export function animatedGif(width: number, height: number, frames: number): Buffer {
  const bytes = [
    ...Buffer.from('GIF89a'),
    ...le16(width),
    ...le16(height),
    0x80, // a global colour table of two colours
    0,
    0,
    ...[0x33, 0x66, 0xcc, 0xcc, 0x66, 0x33],
    // NETSCAPE2.0: loop forever
    ...[0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00],
  ]
  for (let i = 0; i < frames; i++) {
    bytes.push(0x21, 0xf9, 0x04, 0x04, ...le16(10), 0x00, 0x00) // 0.1 s, keep the canvas
    bytes.push(0x2c, ...le16(0), ...le16(0), ...le16(1), ...le16(1), 0x00) // a 1×1 image at 0,0
    bytes.push(0x02, 0x02, 0x44 | ((i % 2) << 3), 0x01, 0x00) // LZW: clear, colour i % 2, end
  }
  bytes.push(0x3b)
  return Buffer.from(bytes)
}
