import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

/**
 * What the live updates say: only that something changed for whom, never the data itself
 * (each subscriber reads what it may see again). `resync` tells every subscriber to read
 * again after the bus may have missed messages (its PostgreSQL connection was lost).
 */
export type LiveMessage = { topic: 'notifications'; accounts: string[] } | { topic: 'review-queue' } | { topic: 'resync' };

export type LiveListener = (message: LiveMessage) => void;

/** The PostgreSQL channel the server processes of one database talk on. */
export const LIVE_CHANNEL = 'gcm_tracker_live';

/** NOTIFY payloads must stay under 8000 bytes: account ids are sent at most this many per message. */
const ACCOUNTS_PER_MESSAGE = 150;

/** What a query runner holds of the messages its transaction will send once it commits. */
interface PendingLive {
  messages: { depth: number; message: LiveMessage }[];
}

const PENDING = 'liveMessages';

function pendingOf(runner: QueryRunner): PendingLive | undefined {
  return (runner.data as Record<string, PendingLive | undefined>)[PENDING];
}

/** How deep in nested transactions (savepoints) a runner is; TypeORM keeps it on the runner without typing it. */
const depthOf = (runner: QueryRunner): number => (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 0;

/** Splits long account lists so that every message fits a NOTIFY payload. */
export function splitLiveMessage(message: LiveMessage): LiveMessage[] {
  if (message.topic !== 'notifications' || message.accounts.length <= ACCOUNTS_PER_MESSAGE) return [message];
  const parts: LiveMessage[] = [];
  for (let i = 0; i < message.accounts.length; i += ACCOUNTS_PER_MESSAGE) {
    parts.push({ topic: 'notifications', accounts: message.accounts.slice(i, i + ACCOUNTS_PER_MESSAGE) });
  }
  return parts;
}

/** A message as received from another process (or this one): anything else on the channel is ignored. */
export function parseLiveMessage(payload: string | undefined): LiveMessage | null {
  if (!payload) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const m = value as Partial<{ topic: string; accounts: unknown }>;
  if (m.topic === 'review-queue' || m.topic === 'resync') return { topic: m.topic };
  if (m.topic === 'notifications' && Array.isArray(m.accounts) && m.accounts.every((a) => typeof a === 'string')) {
    return { topic: 'notifications', accounts: m.accounts };
  }
  return null;
}

/**
 * Live updates between the writes that change something and the open subscriptions of every
 * server process. A feature publishes with the EntityManager of its transaction; the
 * message goes out only when that transaction commits (nothing for a rolled-back write,
 * nothing before the change is visible to the readers it wakes). On a PostgreSQL server
 * the messages travel by NOTIFY on one channel that every process LISTENs to on a
 * connection of its own; the embedded database serves one process, which hands them to its
 * own listeners.
 */
@Injectable()
export class LiveBus implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger('LiveBus');
  private readonly listeners = new Set<LiveListener>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs = 0;
  private closed = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.db.subscribers.push(this);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Sends the message when the transaction `m` runs in commits (at once when `m` is in none). */
  publish(m: EntityManager, message: LiveMessage): void {
    const runner = m.queryRunner;
    if (!runner?.isTransactionActive) {
      this.send([message]);
      return;
    }
    const data = runner.data as Record<string, PendingLive | undefined>;
    (data[PENDING] ??= { messages: [] }).messages.push({ depth: depthOf(runner), message });
  }

  /** Every message from every process, until the returned function is called. */
  listen(listener: LiveListener): () => void {
    this.listeners.add(listener);
    if (!this.config.usesEmbeddedDatabase) void this.connect();
    return () => this.listeners.delete(listener);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return; // a savepoint released: the outer transaction decides
    const pending = pendingOf(runner);
    if (!pending) return;
    delete (runner.data as Record<string, unknown>)[PENDING];
    this.send(pending.messages.map((p) => p.message));
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    const pending = pendingOf(runner);
    if (!pending) return;
    const depth = depthOf(runner);
    pending.messages = pending.messages.filter((p) => p.depth <= depth);
    if (!runner.isTransactionActive) delete (runner.data as Record<string, unknown>)[PENDING];
  }

  private send(messages: LiveMessage[]): void {
    const unique = new Map<string, LiveMessage>();
    for (const message of messages.flatMap(splitLiveMessage)) unique.set(JSON.stringify(message), message);
    if (this.config.usesEmbeddedDatabase) {
      // One process: its own listeners, after the caller's own work (as a NOTIFY would be).
      setImmediate(() => unique.forEach((m) => this.deliver(m)));
      return;
    }
    void this.notify([...unique.keys()]);
  }

  private async notify(payloads: string[]): Promise<void> {
    try {
      await this.connect();
      const client = this.client;
      if (!client) throw new Error('no connection to the database for live updates');
      for (const payload of payloads) await client.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
    } catch (err) {
      // The change itself is committed; open pages catch up when the connection is back (resync).
      this.logger.warn(`A live update was not sent: ${(err as Error).message}`);
    }
  }

  private deliver(message: LiveMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(message);
      } catch (err) {
        this.logger.error(`A live update listener failed: ${(err as Error).message}`);
      }
    }
  }

  /** The LISTEN connection (PostgreSQL server only), opened once and opened again after it is lost. */
  private connect(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.open().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async open(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'gcm-tracker live updates',
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL) return;
      const message = parseLiveMessage(n.payload);
      if (message) this.deliver(message);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      this.scheduleRetry((err as Error).message);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    const reconnected = this.retryMs > 0;
    this.client = client;
    this.retryMs = 0;
    // Messages sent while the connection was down are lost: every subscriber reads again.
    if (reconnected) this.deliver({ topic: 'resync' });
  }

  private lost(client: pg.Client, err: Error | null): void {
    if (this.client !== client) return;
    this.client = null;
    if (!this.closed) this.scheduleRetry(err?.message ?? 'the connection ended');
  }

  private scheduleRetry(reason: string): void {
    if (this.closed || this.retryTimer || this.listeners.size === 0) return;
    this.retryMs = Math.min(Math.max(this.retryMs * 2, 1000), 30_000);
    this.logger.warn(`Live updates lost their database connection (${reason}); trying again in ${this.retryMs / 1000} s`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch(() => undefined);
    }, this.retryMs);
    this.retryTimer.unref();
  }
}
