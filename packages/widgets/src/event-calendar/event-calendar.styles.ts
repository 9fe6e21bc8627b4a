/**
 * The calendar's own styles. Fluid: the grid's columns share the width, chips wrap inside their
 * day, and under 480 px of container a forced month grid shows counts instead of chips (the list
 * is the default there). Categories have a colour, always beside their name.
 */
import { css } from 'lit';

export const eventCalendarStyles = css`
  :host {
    --_day-min-height: var(--sportello-calendar-day-min-height, 9rem);
    --_today: var(--sportello-calendar-today-color, var(--_primary));
    --_cat-culture: var(--sportello-calendar-culture-color, #7b3fa0);
    --_cat-movement: var(--sportello-calendar-movement-color, #1e6b34);
    --_cat-digital-skills: var(--sportello-calendar-digital-skills-color, #005a9c);
    --_cat-social: var(--sportello-calendar-social-color, #a0401e);
    --_cat-workshops: var(--sportello-calendar-workshops-color, #6b5a00);
  }
  .probe {
    height: 0;
  }
  .calendar {
    display: grid;
    gap: var(--_space-3);
    container-type: inline-size;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    flex: 1 1 10rem;
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1.1em;
  }
  .nav,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space-2) var(--_space-3) var(--_space-3);
  }
  .filters legend {
    font-weight: 600;
    padding: 0 var(--_space-1);
  }
  .filters .field {
    flex: 1 1 12rem;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: var(--_space-1);
    font-size: 0.875em;
    font-weight: 600;
    text-align: start;
  }
  td {
    vertical-align: top;
    border: 1px solid var(--_border);
    padding: var(--_space-1);
    height: var(--_day-min-height);
  }
  td.pad {
    background: repeating-linear-gradient(135deg, transparent 0 6px, rgb(0 0 0 / 0.04) 6px 12px);
  }
  td.day {
    cursor: default;
  }
  td.day:focus-visible {
    outline-offset: -3px;
  }
  .num {
    font-weight: 600;
  }
  td[aria-current='date'] .num {
    display: inline-block;
    min-width: 1.75em;
    text-align: center;
    border-radius: 999px;
    background: var(--_today);
    color: var(--_on-primary);
  }
  .today {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_today);
    text-transform: uppercase;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip,
  .more {
    display: block;
    width: 100%;
    margin-top: 2px;
    padding: 1px 4px;
    border: 0;
    border-inline-start: 4px solid var(--_c, var(--_border));
    border-radius: 2px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.78em;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip {
    white-space: pre;
  }
  .chip:hover,
  .item:hover {
    text-decoration: underline;
  }
  .more {
    border-inline-start-color: transparent;
    font-weight: 600;
    color: var(--_primary);
  }
  .chip .time,
  .item .time {
    font-weight: 600;
  }
  .cat-culture {
    --_c: var(--_cat-culture);
  }
  .cat-movement {
    --_c: var(--_cat-movement);
  }
  .cat-digital-skills {
    --_c: var(--_cat-digital-skills);
  }
  .cat-social {
    --_c: var(--_cat-social);
  }
  .cat-workshops {
    --_c: var(--_cat-workshops);
  }
  .agenda {
    display: grid;
    gap: var(--_space-4);
  }
  .agenda-day h3 {
    margin-bottom: var(--_space-2);
  }
  .items {
    display: grid;
    gap: var(--_space-2);
  }
  .item {
    display: grid;
    width: 100%;
    min-height: var(--_control-height);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_c, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .empty {
    padding: var(--_space-4);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0 0 var(--_space-2);
  }
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog .close {
    float: inline-end;
    margin-inline-start: var(--_space-2);
  }
  .dialog-title {
    font-size: 1.25em;
    margin-bottom: var(--_space-2);
  }
  .cat-line {
    margin: 0;
    padding-inline-start: var(--_space-2);
    border-inline-start: 6px solid var(--_c);
    font-weight: 600;
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .tz {
    color: var(--_muted);
  }
  .registration {
    display: grid;
    gap: var(--_space-3);
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-3);
  }
  .companion {
    display: grid;
    gap: var(--_space-3);
  }
  .confirmation {
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-surface);
    color: var(--_success);
    font-weight: 600;
  }
  @container (max-width: 479px) {
    .chip,
    .more {
      display: none;
    }
    td[data-count]::after {
      content: attr(data-count);
      display: block;
      font-size: 0.75em;
    }
    td {
      height: 3.5rem;
    }
    .details {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .chip,
    .item,
    .cat-line {
      border-inline-start-color: CanvasText;
    }
  }
`;
