/** The item at `index`, counting round the list: generated content cycles through its tables. */
export function cycle<T>(list: readonly T[], index: number): T {
  const item = list[((index % list.length) + list.length) % list.length];
  if (item === undefined) throw new Error('Nothing to pick from: the list is empty.');
  return item;
}
