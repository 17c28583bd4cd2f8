import { diffArrays } from "diff";

/** Which lines of each text are not in their longest common subsequence: removed (before) and added (after). */
export function changedLines(before: readonly string[], after: readonly string[]) {
  const removed = new Set<number>();
  const added = new Set<number>();
  let i = 0;
  let j = 0;
  for (const change of diffArrays([...before], [...after])) {
    const lines = change.count ?? change.value.length;
    for (let k = 0; k < lines; k++) {
      if (change.removed) removed.add(i++);
      else if (change.added) added.add(j++);
      else {
        i++;
        j++;
      }
    }
  }
  return { removed, added };
}
