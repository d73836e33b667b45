/** A string function remembered by its argument; the cache is emptied when it grows past `max`. */
export function memoize(fn: (s: string) => string, max = 100_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= max) cache.clear();
    const out = fn(s);
    cache.set(s, out);
    return out;
  };
}
