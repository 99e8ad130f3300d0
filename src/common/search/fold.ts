/**
 * Text folded for accent- and case-insensitive matching: decomposed (NFD), combining marks
 * removed, lower case, typographic apostrophes made plain. "Côte d’Ivoire" becomes
 * "cote d'ivoire", "Türkiye" "turkiye". The same function folds the stored search names (when
 * the reference data is loaded) and the search term, so both databases match alike without
 * the unaccent extension, which the embedded database does not have.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
