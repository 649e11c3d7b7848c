import type { Writable } from 'node:stream';

/** Progress on stderr, shown only once work has taken more than `delayMs`. */
export interface Progress {
  update(done: number, total?: number): void;
  finish(): void;
}

export function startProgress(stream: Writable & { isTTY?: boolean }, label: string, delayMs = 1000): Progress {
  const started = Date.now();
  let lastLine = 0;
  let shown = false;
  const line = (done: number, total?: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const of = total !== undefined ? `/${total}` : '';
    const eta = total !== undefined && rate > 0 ? `, ${Math.ceil((total - done) / rate)} s left` : '';
    return `${label}: ${total !== undefined ? `${progressBar(done, total)} ` : ''}${done}${of} (${rate.toFixed(0)}/s${eta})`;
  };
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < delayMs) return;
      if (stream.isTTY) {
        if (now - lastLine < 100) return;
        stream.write(`\r\x1b[K${line(done, total)}`);
      } else {
        if (now - lastLine < 5000) return;
        stream.write(`${line(done, total)}\n`);
      }
      lastLine = now;
      shown = true;
    },
    finish() {
      if (shown && stream.isTTY) stream.write('\r\x1b[K');
    },
  };
}

const BAR_WIDTH = 24;

/** `[#########---------------]`: the share of `total` done. */
export function progressBar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH)) : BAR_WIDTH;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}
