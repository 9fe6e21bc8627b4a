import { createFixtures } from '@sportello/mocks/fixtures';
import type { SeedData } from './store/seed-data';

/** The demo data of the mocks (`@sportello/mocks/fixtures`) around `now`, every round included. */
export function demoSeed(now: Date = new Date()): SeedData {
  const f = createFixtures(now);
  return { ...f, rounds: [...f.rounds, f.smallStockRound] };
}
