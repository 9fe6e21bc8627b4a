/** The benchmark page for FullCalendar 7 (month view, daygrid), given the same events. */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicThemePlugin from 'fullcalendar/themes/classic';
import { benchMonths, settle, type BenchPage } from './events';

const events = benchMonths().flat().map((e) => ({ id: e.id, title: e.title, start: e.startsAt, end: e.endsAt }));
const box = document.getElementById('calendar')!;
let calendar: Calendar;
// The month is drawn when its last day (~32 events) shows its "+N more" (FullCalendar 7 places
// events after measuring the cells, so this comes last).
const shown = (day: string) => () => /\+\d+ more/.test(box.querySelector(`[data-date="${day}"]`)?.textContent ?? '');

const bench: BenchPage = {
  async render() {
    const t0 = performance.now();
    calendar = new Calendar(box, {
      plugins: [dayGridPlugin, classicThemePlugin],
      initialView: 'dayGridMonth',
      initialDate: '2026-12-01',
      timeZone: 'Europe/Rome',
      firstDay: 1,
      dayMaxEvents: 3,
      events,
    });
    calendar.render();
    return settle(t0, shown('2026-12-31'), box);
  },
  async next() {
    const t0 = performance.now();
    calendar.next();
    return settle(t0, shown('2027-01-31'), box);
  },
  async nextAgain() {
    const t0 = performance.now();
    calendar.next();
    return settle(t0, shown('2027-02-28'), box);
  },
};
(window as unknown as { bench: BenchPage }).bench = bench;
