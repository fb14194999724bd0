/**
 * Ids in imported files are trainee data: "__proto__" or "constructor" must
 * be ordinary keys, so the review's records are read and written as own
 * properties only.
 */
export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
