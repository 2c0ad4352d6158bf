/**
 * A copy of `text` that does not share memory with the chunk it was read from. Strings the XML reader
 * hands out are slices of a 64 KB chunk, and V8 keeps the whole chunk alive for as long as any slice lives:
 * every string an import keeps past its batch (identifiers, finding messages, map keys) goes through here,
 * or the file would end up in memory piece by piece.
 */
export function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
