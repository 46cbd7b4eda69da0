const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs in Postgres; a malformed one simply matches nothing instead of failing the query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function onlyUuids(values: string[]): string[] {
  return values.filter(isUuid);
}
