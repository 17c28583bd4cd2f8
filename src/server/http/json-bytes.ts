const encoder = new TextEncoder();
const COMMA = 0x2c;

/** JSON text as UTF-8 bytes. */
export const jsonBytes = (text: string) => encoder.encode(text) as Uint8Array<ArrayBuffer>;

/**
 * `head`, then `items` separated by commas, then `tail`, as UTF-8 bytes: a JSON list written from items kept
 * as bytes, copied once, with no string to build or encode.
 */
export function joinJson(head: string, items: readonly Uint8Array[], tail: string): Uint8Array<ArrayBuffer> {
  const start = jsonBytes(head);
  const end = jsonBytes(tail);
  let length = start.length + end.length + Math.max(0, items.length - 1);
  for (const item of items) length += item.length;
  // Every byte is written below: no need to zero them first.
  const out = Buffer.allocUnsafeSlow(length) as Uint8Array<ArrayBuffer>;
  out.set(start, 0);
  let at = start.length;
  for (const [i, item] of items.entries()) {
    if (i > 0) out[at++] = COMMA;
    out.set(item, at);
    at += item.length;
  }
  out.set(end, at);
  return out;
}
