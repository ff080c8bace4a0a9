/** Interning: one frozen object per distinct value, so cells share it and compare it with ===. */
export function interner<T extends object>(keyOf: (value: T) => string): (value: T) => T {
  const interned = new Map<string, T>();
  return (value) => {
    const key = keyOf(value);
    const existing = interned.get(key);
    if (existing) return existing;
    const frozen: T = Object.freeze({ ...value });
    interned.set(key, frozen);
    return frozen;
  };
}
