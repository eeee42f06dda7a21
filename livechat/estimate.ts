/**
 * Estimated wait in minutes for the user at `position` (1 = next): the median handling time of
 * recent chats (or a default until 5 have been measured) times the position, divided by the chats
 * the agents on duty can hold at once (each agent serves up to their capacity in parallel).
 * Rounded up and at least 1: "0 minute" would be a promise nobody can keep.
 */
export function estimateWaitMinutes(position: number, handleTimes: number[], parallelSlots: number, defaultMinutes: number): number {
  const sorted = handleTimes.filter((t) => Number.isFinite(t) && t > 0).sort((a, b) => a - b);
  const median = sorted.length >= 5 ? sorted[Math.floor(sorted.length / 2)]! : defaultMinutes;
  return Math.max(1, Math.ceil((position * median) / Math.max(1, parallelSlots)));
}
