/**
 * An audit event's `changes` (`{ field: { before, after } }`, as the API records them) as a
 * reader wants them: per field, what was added and removed for lists, the words deleted and
 * inserted for texts, and before → after for the rest.
 */
export type Value = string | number | boolean | null;

export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export type FieldChange =
  | { field: string; kind: 'list'; added: string[]; removed: string[]; kept: number }
  | { field: string; kind: 'text'; before: string | null; after: string | null; parts: WordPart[] | null }
  | { field: string; kind: 'value'; before: string | null; after: string | null };

/** Texts longer than this (in words, both sides multiplied) are shown whole, before and after, not word by word. */
const MAX_WORD_PAIRS = 400_000;
const REDACTED = '[redacted]';

const show = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
};

/** Long or multi-word texts are diffed word by word; codes, numbers and short values are not. */
const isProse = (v: unknown): v is string => typeof v === 'string' && v !== REDACTED && /\s/.test(v.trim());

/**
 * The words of `before` and `after`, each kept, removed or added (longest common subsequence
 * of the words, whitespace kept with the word before it); null when the texts are too long.
 */
export function wordDiff(before: string, after: string): WordPart[] | null {
  const a = before.match(/\S+\s*|\s+/g) ?? [];
  const b = after.match(/\S+\s*|\s+/g) ?? [];
  if (a.length * b.length > MAX_WORD_PAIRS) return null;
  const key = (w: string) => w.trimEnd();
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = key(a[i]) === key(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: WordPart[] = [];
  const push = (kind: WordPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]) === key(b[j])) {
      push('same', b[j]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return parts;
}

/** One field's change, readable. */
export function describeChange(field: string, before: unknown, after: unknown): FieldChange {
  if (Array.isArray(before) || Array.isArray(after)) {
    const b = (Array.isArray(before) ? before : []).map((v) => show(v) ?? '');
    const a = (Array.isArray(after) ? after : []).map((v) => show(v) ?? '');
    return {
      field,
      kind: 'list',
      added: a.filter((v) => !b.includes(v)),
      removed: b.filter((v) => !a.includes(v)),
      kept: a.filter((v) => b.includes(v)).length,
    };
  }
  if (isProse(before) || isProse(after)) {
    const b = show(before);
    const a = show(after);
    return { field, kind: 'text', before: b, after: a, parts: b !== null && a !== null ? wordDiff(b, a) : null };
  }
  return { field, kind: 'value', before: show(before), after: show(after) };
}

/** All of an event's changes, in the order the API recorded them; anything not `{ before, after }` shown as a value. */
export function describeChanges(changes: unknown): FieldChange[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    if (typeof change === 'object' && change !== null && 'before' in change && 'after' in change) {
      const c = change as { before: unknown; after: unknown };
      return describeChange(field, c.before, c.after);
    }
    return { field, kind: 'value', before: null, after: show(change) };
  });
}

/** Where a record of the audit trail is seen in the web app, when it has a page. */
export function recordPath(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case 'GoodPractice':
      return `/practices/${entityId}`;
    case 'Pledge':
      return `/pledges/${entityId}`;
    case 'Event':
      return `/events/${entityId}`;
    case 'ProgressEntry':
      return `/review/entries/${entityId}`;
    case 'ReviewCycle':
      return `/admin/windows?cycle=${encodeURIComponent(entityId)}`;
    default:
      return null;
  }
}

/** A date input's day (YYYY-MM-DD) as the API's instants: from its first moment, to the next day's first (exclusive), in UTC. */
export function dayRange(from: string | null, to: string | null): { from?: string; to?: string } {
  const valid = (d: string | null): d is string =>
    d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
  const range: { from?: string; to?: string } = {};
  if (valid(from)) range.from = `${from}T00:00:00.000Z`;
  if (valid(to)) range.to = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
  return range;
}
