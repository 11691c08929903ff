// Empty arrays that are born holding heap values (objects, strings). V8 starts a `[]` with the
// small-integer element kind and changes it at the first object pushed; optimised code compiled
// from pushes into arrays of the other kind then meets a fresh `[]` and is thrown away ("not a
// Smi" deopts). The walks make such arrays for every page, and each throw-away recompiled one of
// their largest functions on a background thread at the start of a run.

/** An empty array whose element kind is already that of an array of objects. */
export function objectArray<T>(): T[] {
  const array: (T | null)[] = [null];
  array.pop();
  return array as T[];
}
