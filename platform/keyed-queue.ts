/** Runs tasks one after the other: each starts once the previous one has settled (fulfilled or not). */
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/** One chain of tasks, in this process: a SQLite connection's statements, the mail outbox's passes. */
export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

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
  const chains = new Map<string, { serial: Serial; pending: number }>();
  return {
    run(key, task) {
      let chain = chains.get(key);
      if (!chain) chains.set(key, (chain = { serial: createSerial(), pending: 0 }));
      const own = chain;
      own.pending++;
      const result = own.serial(task);
      // Forget the key once nothing else is queued behind this task, so the map does not grow.
      const settled = () => {
        if (--own.pending === 0 && chains.get(key) === own) chains.delete(key);
      };
      result.then(settled, settled);
      return result;
    },
    async idle() {
      while (chains.size > 0) await Promise.all([...chains.values()].map((c) => c.serial(async () => undefined)));
    },
  };
}
