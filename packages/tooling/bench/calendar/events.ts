/**
 * The benchmark's data: 1,000 activities in each of December 2026, January and February 2027, the
 * same for both calendars, deterministic (a fixed pseudo-random sequence), in the contract's shape.
 */
import type { SportelloEvent } from '@sportello/sdk';

const CATEGORIES = ['culture', 'movement', 'digital-skills', 'social', 'workshops'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` activities starting in `year`-`month` (a winter month: Rome is +01:00). */
export function benchEvents(year: number, month: number, count = 1000): SportelloEvent[] {
  let seed = year * 100 + month;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const events: SportelloEvent[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(next() * days);
    const start = 8 * 60 + Math.floor(next() * 48) * 15;
    const end = start + 60 + Math.floor(next() * 4) * 15;
    const at = (m: number) => `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+01:00`;
    const capacity = 10 + Math.floor(next() * 30);
    events.push({
      id: `bench-${year}-${pad(month)}-${i}`,
      title: `Attività ${i + 1}`,
      description: 'Un’attività del benchmark.',
      category: CATEGORIES[i % CATEGORIES.length]!,
      district: (1 + (i % 8)) as SportelloEvent['district'],
      venue: { name: 'Casa del Quartiere', street: 'Via Morgari', civicNumber: '14', cap: '10125' },
      startsAt: at(start),
      endsAt: at(end),
      capacity,
      seatsLeft: Math.floor(next() * capacity),
      waitingListLength: 0,
    });
  }
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The three months of the benchmark. */
export const benchMonths = (): SportelloEvent[][] => [benchEvents(2026, 12), benchEvents(2027, 1), benchEvents(2027, 2)];

/** Resolves on the next task (no timer clamping), to poll for a rendered DOM fairly. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Polls (once per task) until `done()`, then forces style and layout; resolves to the time taken from `t0`. */
export async function settle(t0: number, done: () => boolean, box: Element): Promise<number> {
  while (!done()) await nextTask();
  box.getBoundingClientRect();
  return performance.now() - t0;
}

/** What each page exposes to the runner. */
export interface BenchPage {
  /** Renders December 2026 with its 1,000 events; ms. */
  render(): Promise<number>;
  /** Switches to January 2027 and its 1,000 events; ms. */
  next(): Promise<number>;
  /** Right after, with no idle time between, switches to February 2027; ms. */
  nextAgain(): Promise<number>;
}
