/**
 * @module
 * The server's log sink. Lines are handed to standard output and error off the main thread
 * (`sonic-boom`, pino's writer: `fs.write` on the descriptor), and what a reader that falls behind
 * (a paused collector, a busy supervisor) has not taken yet is kept up to a bound: `process.stdout`
 * keeps all of it in memory, and a stop waits for it. Lines past the bound are dropped and counted,
 * and once the reader has caught up, one line on the same stream says how many it missed. One-shot
 * commands keep writing through `process.stdout`: their output is small and must all arrive.
 * See docs/decisions/038-server-log-writer.md.
 */
import type { EventEmitter } from 'node:events';
import sonicBoom from 'sonic-boom';
import type { LogSink } from './logger.ts';

// A CommonJS module whose types describe it as ES: its class is reached the same way in both.
const { SonicBoom } = sonicBoom;

/**
 * The writer in its buffer mode, which its types leave out (they declare strings only). Strings
 * cost 3 µs of the main thread a line against 0.5 µs for buffers: the writer measures the whole
 * string it is appending to on every line (`node bench/log-sink.ts`).
 */
interface ByteWriter extends EventEmitter {
  write(data: Buffer): boolean;
  destroy(): void;
}

/**
 * Bytes of log a stream may hold for a reader that has fallen behind before lines are dropped:
 * about 10,000 request lines, seconds of a busy server's log, a small share of its memory.
 */
const LOG_BUFFER_BYTES = 2 * 1024 * 1024;

/** The line telling a reader how many lines it missed, in the log's format. */
export type DroppedLine = (count: number) => string;

/** A sink whose lines are written in the background; `close` writes out what it still holds. */
export interface AsyncLogSink extends LogSink {
  /** Resolves once every line held is written or `timeoutMs` has passed, whichever is first. */
  close(timeoutMs: number): Promise<void>;
}

/** One descriptor's writer, its bound and its count of lines dropped. */
class BoundedWriter {
  readonly #boom: ByteWriter;
  readonly #droppedLine: DroppedLine;
  /** Bytes accepted and not yet written: the writer's own count is not public. */
  #pending = 0;
  #dropped = 0;
  /** The descriptor failed (the reader went away): nothing more can be written to it. */
  #broken = false;
  #closed = false;

  constructor(fd: number, maxBytes: number, droppedLine: DroppedLine) {
    this.#droppedLine = droppedLine;
    this.#boom = new SonicBoom({ fd, sync: false, maxLength: maxBytes, contentMode: 'buffer' }) as unknown as ByteWriter;
    this.#boom.on('drop', () => this.#dropped++);
    this.#boom.on('write', (bytes: number) => (this.#pending -= bytes));
    // 'drain': all it held is written, so the reader has caught up and will see the count.
    this.#boom.on('drain', () => this.#tellDropped());
    // Without a listener an EPIPE would be thrown from the writer's callback and end the server.
    this.#boom.on('error', () => (this.#broken = true));
  }

  write(line: string): void {
    if (this.#broken || this.#closed) return;
    const bytes = Buffer.from(`${line}\n`);
    const dropped = this.#dropped;
    this.#boom.write(bytes);
    if (this.#dropped === dropped) this.#pending += bytes.length;
  }

  #tellDropped(): void {
    if (this.#dropped === 0 || this.#broken) return;
    const count = this.#dropped;
    this.#dropped = 0;
    this.write(this.#droppedLine(count));
  }

  close(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.#boom.off('write', check);
        this.#boom.off('drain', check);
        this.#closed = true;
        // Cancels a retry waiting on a full pipe and closes the descriptor, unless it is 1 or 2.
        this.#boom.destroy();
        resolve();
      };
      const check = () => {
        if (this.#broken || (this.#pending <= 0 && this.#dropped === 0)) finish();
      };
      const timer = setTimeout(finish, timeoutMs);
      this.#boom.on('write', check);
      this.#boom.on('drain', check);
      if (this.#pending <= 0) this.#tellDropped();
      check();
    });
  }
}

/**
 * A sink writing `out` lines to descriptor `outFd` and `err` lines to `errFd` in the background,
 * each holding at most `maxBytes` for a slow reader. `close` closes the descriptors, except
 * standard output and error.
 *
 * @example
 * const sink = createAsyncLogSink(1, 2, (count) => `log lines dropped count=${count}`);
 * const logger = createLogger('info', sink);
 * // … on stop
 * await sink.close(2_000);
 */
export function createAsyncLogSink(outFd: number, errFd: number, droppedLine: DroppedLine, maxBytes = LOG_BUFFER_BYTES): AsyncLogSink {
  const out = new BoundedWriter(outFd, maxBytes, droppedLine);
  const err = new BoundedWriter(errFd, maxBytes, droppedLine);
  return {
    out: (line) => out.write(line),
    err: (line) => err.write(line),
    close: async (timeoutMs) => {
      await Promise.all([out.close(timeoutMs), err.close(timeoutMs)]);
    },
  };
}
