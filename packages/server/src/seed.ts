import { createFixtures } from '@sportello/demo-data';
import type { SeedData } from '@sportello/domain';

/** The demo city (`@sportello/demo-data`) around `now`, every round included. */
export function demoSeed(now: Date = new Date()): SeedData {
  const f = createFixtures(now);
  return { ...f, rounds: [...f.rounds, f.smallStockRound] };
}
