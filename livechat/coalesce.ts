/**
 * Runs `task` one at a time; calls made while it runs cause exactly one more run afterwards,
 * however many there were (queue pushes, routing passes: only the latest state matters).
 * `run()` resolves when the run covering this call is over.
 */
export function coalesce(task: () => Promise<void>): { run(): Promise<void>; idle(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      await task();
    } while (again);
    running = null;
  };
  return {
    run() {
      if (running) again = true;
      else running = loop();
      return running;
    },
    idle: () => running ?? Promise.resolve(),
  };
}
