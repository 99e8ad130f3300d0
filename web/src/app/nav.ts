/** An entry of the navigation: its address, and the addresses it owns beyond those under it. */
export interface NavEntry {
  to: string;
  key: string;
  end?: boolean;
  claims?: RegExp;
}

/** The entry the current page belongs to: one that claims the address, else the one whose address it is or is under. */
export function activeEntry(pathname: string, entries: readonly NavEntry[]): string | null {
  const claimed = entries.find((e) => e.claims?.test(pathname));
  if (claimed) return claimed.key;
  const under = entries.find((e) => (e.end ? pathname === e.to : pathname === e.to || pathname.startsWith(`${e.to}/`)));
  return under?.key ?? null;
}
