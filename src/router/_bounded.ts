// The one "keep the newest N" idiom of the router: Sets and Maps iterate in insertion
// order, so the first key is the oldest.

/** Adds `key` to `set`, dropping the oldest key once the set holds more than `cap`. */
export function addBounded<K>(set: Set<K>, key: K, cap: number): void {
  set.add(key);
  if (set.size > cap) set.delete(set.values().next().value as K);
}

/** Sets `key` in `map`, dropping the oldest entry once the map holds more than `cap`. */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, cap: number): void {
  map.set(key, value);
  if (map.size > cap) map.delete(map.keys().next().value as K);
}
