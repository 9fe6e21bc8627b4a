import { css } from 'lit';

/** Styles of `<sportello-help-request>` on top of the shared tokens and controls. */
export const helpRequestStyles = css`
  :host {
    --_hr-selected: var(--sportello-help-request-card-selected, var(--_primary));
    --_hr-health-surface: var(--sportello-help-request-health-surface, #fff8e1);
  }
  .widget {
    display: grid;
    gap: var(--_space-4);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .muted {
    margin: 0;
    color: var(--_muted);
  }
  .mode {
    margin: 0;
  }
  .link-button {
    min-height: var(--_control-height);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-3);
  }
  .card {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    padding: var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .card:has(input:checked) {
    border-color: var(--_hr-selected);
    box-shadow: inset 0 0 0 2px var(--_hr-selected);
  }
  .card:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .card input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .card input:focus-visible {
    outline: none;
  }
  .card__text {
    display: grid;
    gap: var(--_space-1);
  }
  .card__title {
    font-weight: 700;
  }
  .card__desc {
    color: var(--_muted);
  }
  .counter {
    margin: calc(-1 * var(--_space-3)) 0 0;
    color: var(--_muted);
  }
  .counter--near {
    color: var(--_text);
    font-weight: 600;
  }
  .group {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .group__legend {
    padding: 0 var(--_space-1);
    font-weight: 600;
  }
  .health {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_hr-health-surface);
  }
  .privacy-link {
    margin: 0;
  }
  a {
    color: var(--_primary);
  }
  .success,
  .ticket {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 3px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_success-surface);
    min-width: 0;
  }
  .ticket {
    border-color: var(--_border);
    background: var(--_surface);
  }
  .success p,
  .ticket p {
    margin: 0;
  }
  .success__title {
    color: var(--_success);
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .ticket-code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 1.5em;
    font-weight: 700;
    letter-spacing: 0.05em;
    user-select: all;
  }
  .next {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .empty {
    margin: 0;
    padding: var(--_space-4);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .ticket-state {
    font-size: 1.125em;
    font-weight: 700;
  }
  .steps {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    gap: var(--_space-2);
    color: var(--_muted);
  }
  .step--done,
  .step--current {
    color: var(--_text);
  }
  .step--current {
    font-weight: 700;
  }
  .step__mark {
    width: 1.25rem;
    text-align: center;
  }
  @media (forced-colors: active) {
    .card:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
