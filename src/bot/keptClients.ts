/**
 * Values made once per key and kept, at most `max` of them (the oldest made goes first). A value
 * whose making failed is forgotten, so the next call tries again.
 */
export class KeptByKey<V> {
  private readonly values = new Map<string, Promise<V>>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<V>): Promise<V> {
    const known = this.values.get(key);
    if (known) return known;
    const made = make();
    made.catch(() => {
      if (this.values.get(key) === made) this.values.delete(key);
    });
    if (this.values.size >= this.max) {
      const oldest = this.values.keys().next().value;
      if (oldest !== undefined) this.values.delete(oldest);
    }
    this.values.set(key, made);
    return made;
  }

  get size(): number {
    return this.values.size;
  }
}
