/** The benchmark page for `<sportello-event-calendar>`: the API answered from memory. */
import { createSportelloClient } from '@sportello/sdk';
import '@sportello/widgets/define/sportello-event-calendar';
import { benchMonths, settle, type BenchPage } from './events';

// What a server would send, serialized before the clock starts; the widget parses it.
const bodies = new Map(
  benchMonths().map((items) => [items[0]!.startsAt.slice(0, 7), JSON.stringify({ items, page: { page: 1, pageSize: 1000, total: items.length } })]),
);
const client = createSportelloClient({
  baseUrl: 'http://bench.local/v1',
  retry: false,
  fetch: async (request: Request) => {
    const from = new URL(request.url).searchParams.get('from') ?? '';
    return new Response(bodies.get(from.slice(0, 7)) ?? '{"items":[],"page":{"page":1,"pageSize":1000,"total":0}}', { headers: { 'Content-Type': 'application/json' } });
  },
});

const box = document.getElementById('calendar')!;
let el: HTMLElementTagNameMap['sportello-event-calendar'];
// The month is drawn when its last day (~32 events) shows its "+N more".
const shown = (month: string) => () => {
  const root = el.shadowRoot;
  const last = month.endsWith('-02') ? '28' : '31';
  return !!root?.querySelector(`td[data-day="${month}-${last}"] [part=more]`) && !root.querySelector('[part=status] .progress');
};

const bench: BenchPage = {
  async render() {
    const t0 = performance.now();
    el = document.createElement('sportello-event-calendar');
    el.client = client;
    el.lang = 'en';
    el.month = '2026-12';
    el.view = 'month';
    box.append(el);
    return settle(t0, shown('2026-12'), box);
  },
  // The widget fetches the next month while the browser is idle: the runner leaves it idle
  // between `render` and `next`, as a person reading the month would.
  async next() {
    const t0 = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=next]')!.click();
    return settle(t0, shown('2027-01'), box);
  },
  // No idle time before this one: February is fetched, parsed and indexed on the click.
  async nextAgain() {
    const t0 = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=next]')!.click();
    return settle(t0, shown('2027-02'), box);
  },
};
(window as unknown as { bench: BenchPage }).bench = bench;
