interface Pending<J, R> {
  job: J;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for an async database: jobs asked for while a group is being written wait and go
 * together in the next one (at most `max` at a time); each promise settles once its group has
 * committed. When a group fails for another reason than the database being away, its jobs are
 * run again one by one, so that one bad request cannot fail the others.
 */
export function batcher<J, R>(run: (jobs: J[]) => Promise<R[]>, max: number, isTransient: (error: unknown) => boolean = () => false) {
  let queue: Pending<J, R>[] = [];
  let running = false;

  const settle = async (group: Pending<J, R>[]) => {
    try {
      const results = await run(group.map((p) => p.job));
      group.forEach((p, i) => p.resolve(results[i]!));
    } catch (error) {
      if (group.length === 1 || isTransient(error)) {
        for (const p of group) p.reject(error);
        return;
      }
      await Promise.all(
        group.map((p) =>
          run([p.job]).then(
            (r) => p.resolve(r[0]!),
            (e) => p.reject(e),
          ),
        ),
      );
    }
  };

  const drain = async () => {
    running = true;
    while (queue.length) {
      const group = queue.slice(0, max);
      queue = queue.slice(max);
      await settle(group);
    }
    running = false;
  };

  return (job: J): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      queue.push({ job, resolve, reject });
      if (!running) {
        running = true;
        setImmediate(drain);
      }
    });
}
