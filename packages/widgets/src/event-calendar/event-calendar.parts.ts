/** The calendar's toolbar, filters and empty-month message, as templates. */
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField, selectField } from '../shared/controls';
import { DISTRICTS, districtNumber } from '../shared/districts';
import type { Lang } from '../shared/i18n';
import type { SharedMessages } from '../shared/messages';
import { CATEGORIES, filtering, type Filters } from './event-calendar.logic';
import type { EventCalendarMessages } from './event-calendar.messages';
import { monthLabel } from './event-calendar.views';
import type { YearMonth } from './rome-time.logic';

/** Previous and next month, and the choice of view. */
export function toolbarView(m: EventCalendarMessages, view: 'month' | 'list', go: (n: number) => void, show: (view: 'month' | 'list') => void): TemplateResult {
  return html`<div class="nav">
      <button type="button" part="previous" class="button" @click=${() => go(-1)}>← ${m.previous}</button>
      <button type="button" part="next" class="button" @click=${() => go(1)}>${m.next} →</button>
    </div>
    <div class="views" role="group" aria-label=${m.views}>
      <button type="button" part="view-month" class="button" aria-pressed=${view === 'month'} @click=${() => show('month')}>${m.month}</button>
      <button type="button" part="view-list" class="button" aria-pressed=${view === 'list'} @click=${() => show('list')}>${m.list}</button>
    </div>`;
}

/** Kind of activity, district, free seats: each change calls `onChange` with the new filters. */
export function filtersView(lang: Lang, m: EventCalendarMessages, s: SharedMessages, f: Filters, onChange: (f: Filters) => void): TemplateResult {
  return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()}>
    <fieldset>
      <legend>${m.filters}</legend>
      ${selectField(s, {
        id: 'f-category',
        label: m.category,
        value: f.category,
        placeholder: m.any,
        options: CATEGORIES.map((c) => ({ value: c, label: m.categories[c] })),
        onChange: (category) => onChange({ ...f, category }),
      })}
      ${selectField(s, {
        id: 'f-district',
        label: m.district,
        value: f.district,
        placeholder: m.any,
        options: DISTRICTS.map((d) => ({ value: String(d), label: districtNumber(lang, d) })),
        onChange: (district) => onChange({ ...f, district }),
      })}
      ${checkboxField(s, { id: 'f-free', label: m.freeSeats, checked: f.freeSeats, onChange: (freeSeats) => onChange({ ...f, freeSeats }) })}
    </fieldset>
  </form>`;
}

/**
 * "Nothing this month" and the way on: the next month with activities (`undefined` while still
 * looking, `null` when the next three months have none).
 */
export function emptyView(m: EventCalendarMessages, label: string, f: Filters, searching: boolean, next: YearMonth | null | undefined, go: (ym: YearMonth) => void): TemplateResult {
  return html`<div part="empty" class="empty">
    <p>${m.empty(label, filtering(f))}</p>
    ${searching
      ? html`<p>${m.searching}</p>`
      : next
        ? html`<button type="button" part="next-with-events" class="button button--primary" @click=${() => go(next)}>${m.goTo(monthLabel(m, next))}</button>`
        : next === null
          ? html`<p>${m.nothingAhead}</p>`
          : nothing}
  </div>`;
}
