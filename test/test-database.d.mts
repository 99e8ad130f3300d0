import type pg from 'pg';
export function serverUrl(): string | undefined;
export function assertTestDatabase(url: string): string;
export function withAdminClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T>;
export function runPrefix(url: string): string;
export function runDirectory(): string;
