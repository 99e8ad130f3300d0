/**
 * The value, which the code around it guarantees is there (a row just written or locked, the
 * first of a list checked not to be empty): a broken guarantee fails loudly, naming what was
 * missing, instead of reading a property of undefined.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, found none`);
  return value;
}
