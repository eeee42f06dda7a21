/**
 * Runs the tasks of one key (a conversation) one after the other, in this process. Two tabs, or a fast double send,
 * must not run two bot turns of the same conversation at once: the bot's state would be read and
 * written concurrently, and replies could interleave. Different conversations run in parallel.
 */
export interface TurnQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves once every queued task has settled (used on shutdown, before the db closes). */
  idle(): Promise<void>;
}

export function createTurnQueue(): TurnQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      // Forget the key once nothing else is queued behind this task, so the map does not grow.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
