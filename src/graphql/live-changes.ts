import { Logger } from '@nestjs/common';
import type { LiveBus, LiveMessage } from '../database/live-bus.js';

const logger = new Logger('LiveUpdates');

/** After a failed read (the database unreachable), the next try. */
const RETRY_READ_MS = 5_000;

/**
 * A subscription's stream: what `read` gives now, then again after each message that
 * `wakes` it (and after a resync). Messages that arrive while a value waits to be read are
 * one read, so a slow client costs one pending read, never a queue. A failed read is tried
 * again a little later rather than ending the subscription. The stream ends (and stops
 * listening) when the client completes or disconnects.
 */
export function liveChanges<T>(bus: LiveBus, wakes: (message: LiveMessage) => boolean, read: () => Promise<T>): AsyncIterableIterator<T> {
  let dirty = true;
  let done = false;
  let wake: (() => void) | null = null;
  let retry: NodeJS.Timeout | null = null;
  const signal = (): void => {
    dirty = true;
    wake?.();
    wake = null;
  };
  const stop = bus.listen((message) => {
    if (message.topic === 'resync' || wakes(message)) signal();
  });
  const finish = (): void => {
    done = true;
    stop();
    if (retry) clearTimeout(retry);
    wake?.();
    wake = null;
  };
  const ended = (): IteratorReturnResult<undefined> => ({ done: true, value: undefined });
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        while (!done && !dirty) await new Promise<void>((resolve) => (wake = resolve));
        if (done) return ended();
        dirty = false;
        try {
          return { done: false, value: await read() };
        } catch (err) {
          logger.warn(`A live update could not be read: ${(err as Error).message}; trying again in ${RETRY_READ_MS / 1000} s`);
          retry = setTimeout(signal, RETRY_READ_MS);
        }
      }
    },
    async return(): Promise<IteratorReturnResult<undefined>> {
      finish();
      return ended();
    },
    async throw(err: unknown): Promise<IteratorResult<T>> {
      finish();
      throw err;
    },
  };
}
