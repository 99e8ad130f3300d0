/** Lower case without diacritics: "Côte d’Ivoire" and "cote d'ivoire" fold alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .trim();
}

/** True when every word of the query is found (accents and case ignored) in one of the texts. */
export function matchesSearch(query: string, texts: (string | null | undefined)[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = texts.filter((t): t is string => Boolean(t)).map(foldText);
  return words.every((w) => haystack.some((h) => h.includes(w)));
}
