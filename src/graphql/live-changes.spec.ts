import { describe, expect, it } from '@jest/globals';
import type { LiveBus, LiveListener, LiveMessage } from '../database/live-bus.js';
import { parseLiveMessage, splitLiveMessage } from '../database/live-bus.js';
import { liveChanges } from './live-changes.js';

/** A bus that delivers what the test sends, and counts its listeners. */
function fakeBus(): { bus: LiveBus; send: (m: LiveMessage) => void; listeners: Set<LiveListener> } {
  const listeners = new Set<LiveListener>();
  const bus = {
    listen: (l: LiveListener) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } as unknown as LiveBus;
  return { bus, send: (m) => listeners.forEach((l) => l(m)), listeners };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('a live subscription stream', () => {
  it('gives the value as it stands first, then one read per change it is woken for', async () => {
    const { bus, send } = fakeBus();
    let reads = 0;
    const stream = liveChanges(
      bus,
      (m) => m.topic === 'notifications' && m.accounts.includes('a'),
      async () => ++reads,
    );
    await expect(stream.next()).resolves.toEqual({ done: false, value: 1 });
    const next = stream.next();
    send({ topic: 'notifications', accounts: ['b'] });
    send({ topic: 'review-queue' });
    await tick();
    expect(reads).toBe(1);
    send({ topic: 'notifications', accounts: ['b', 'a'] });
    await expect(next).resolves.toEqual({ done: false, value: 2 });
  });

  it('reads once for many changes that arrive while nobody asks (a slow client costs one read, not a queue)', async () => {
    const { bus, send } = fakeBus();
    let reads = 0;
    const stream = liveChanges(
      bus,
      () => true,
      async () => ++reads,
    );
    await stream.next();
    for (let i = 0; i < 100; i++) send({ topic: 'review-queue' });
    await expect(stream.next()).resolves.toEqual({ done: false, value: 2 });
    expect(reads).toBe(2);
  });

  it('reads again on a resync, whatever it listens for', async () => {
    const { bus, send } = fakeBus();
    const stream = liveChanges(
      bus,
      () => false,
      async () => 'read',
    );
    await stream.next();
    const next = stream.next();
    send({ topic: 'resync' });
    await expect(next).resolves.toEqual({ done: false, value: 'read' });
  });

  it('stops listening when the client completes, and ends a pending wait', async () => {
    const { bus, listeners } = fakeBus();
    const stream = liveChanges(
      bus,
      () => true,
      async () => 0,
    );
    await stream.next();
    expect(listeners.size).toBe(1);
    const pending = stream.next();
    await stream.return?.();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(listeners.size).toBe(0);
  });
});

describe('live messages on the PostgreSQL channel', () => {
  it('splits long account lists so that each NOTIFY payload stays under 8000 bytes', () => {
    const accounts = Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const parts = splitLiveMessage({ topic: 'notifications', accounts });
    expect(parts).toHaveLength(3);
    expect(parts.flatMap((p) => (p.topic === 'notifications' ? p.accounts : []))).toEqual(accounts);
    for (const p of parts) expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThan(8000);
  });

  it('reads only the messages it knows, and ignores anything else on the channel', () => {
    expect(parseLiveMessage('{"topic":"review-queue"}')).toEqual({ topic: 'review-queue' });
    expect(parseLiveMessage('{"topic":"notifications","accounts":["a"]}')).toEqual({ topic: 'notifications', accounts: ['a'] });
    expect(parseLiveMessage('{"topic":"notifications","accounts":[1]}')).toBeNull();
    expect(parseLiveMessage('{"topic":"drop tables"}')).toBeNull();
    expect(parseLiveMessage('not json')).toBeNull();
    expect(parseLiveMessage(undefined)).toBeNull();
  });
});
