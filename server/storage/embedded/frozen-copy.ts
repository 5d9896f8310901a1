// What a read of a record from the records file hands out: a deep-frozen copy, made once per stored version
// of the record and shared by every read until a change stores a new one. Records are never changed in
// place (replaceRecord stores a new object), so the stored object's identity names its version. A survey
// submission reads its campaign and organization, and a fresh clone of each per request was a tenth of its
// time; frozen, a caller that tried to change what it read fails loudly instead of changing it for others.

const copies = new WeakMap<object, object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The frozen copy of `stored`, made by `prepare(clone)` on the first read of this version. */
export function frozenCopy<T extends object>(stored: T, prepare: (clone: T) => T = (clone) => clone): T {
  let copy = copies.get(stored) as T | undefined;
  if (copy === undefined) {
    copy = deepFreeze(prepare(structuredClone(stored)));
    copies.set(stored, copy);
  }
  return copy;
}
