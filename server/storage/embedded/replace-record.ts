// The read-modify-write of one stored record, for use inside RecordsFile.change: the new record is worked
// out completely before the list is touched, so a change that throws leaves the list as it was.

/** Replaces the record `matches` finds by `change(copy of record)` and returns the stored new record. */
export function replaceRecord<T>(list: T[], matches: (record: T) => boolean, change: (record: T) => T): T {
  const index = list.findIndex(matches);
  if (index === -1) throw new Error('No such record to update');
  const next = structuredClone(change(structuredClone(list[index]!)));
  list[index] = next;
  return next;
}
