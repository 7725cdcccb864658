/**
 * `read`, remembering what it gave for the last `size` texts of at most `maxChars` characters. A turn
 * reads its text the same way several times (the turn reader, then the selector of each route, then
 * the FAQ engine), and under load turns interleave, so a few entries are kept, oldest dropped first.
 * Only for a `read` whose result depends on the text alone, and whose result no caller changes: the
 * same object is handed to every caller of the same text.
 */
export function recentTexts<R>(read: (text: string) => R, size = 32, maxChars = 2_000): (text: string) => R {
  const known = new Map<string, R>();
  return (text) => {
    if (text.length > maxChars) return read(text);
    if (known.has(text)) return known.get(text) as R;
    const result = read(text);
    if (known.size >= size) known.delete(known.keys().next().value as string);
    known.set(text, result);
    return result;
  };
}
