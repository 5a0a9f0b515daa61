/**
 * Runs `task` on each item, `inFlight` at a time: while one waits on the disk (a file placed or written), the next
 * goes ahead, and no more than `inFlight` are open at once.
 */
export async function forEachInParallel<Item>(
  items: readonly Item[],
  inFlight: number,
  task: (item: Item) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, lane));
}
