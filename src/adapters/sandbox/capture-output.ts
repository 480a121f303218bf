/** Keeps the first `limit` bytes of a stream; counts and drops the rest, so a flood cannot exhaust memory. */
export interface OutputCapture {
  push(chunk: Buffer): void;
  /** Kept text, with a marker appended when something was dropped. */
  text(): string;
  readonly truncated: boolean;
}

export function truncationMarker(limit: number, dropped: number): string {
  return `\n[indict: output truncated at ${limit} bytes; ${dropped} more bytes dropped]\n`;
}

export function createOutputCapture(limit: number): OutputCapture {
  const chunks: Buffer[] = [];
  let kept = 0;
  let dropped = 0;
  return {
    push(chunk) {
      const room = limit - kept;
      if (room > 0) {
        const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
        chunks.push(part);
        kept += part.length;
      }
      dropped += Math.max(0, chunk.length - Math.max(room, 0));
    },
    text() {
      const body = Buffer.concat(chunks).toString('utf8');
      return dropped > 0 ? body + truncationMarker(limit, dropped) : body;
    },
    get truncated() {
      return dropped > 0;
    },
  };
}
