/**
 * Styles of `<sportello-ppe-booking>`, on top of the shared tokens and control styles. Fluid down
 * to 320 px and at 200 % zoom (nothing has a fixed width, the step list wraps), no motion beyond
 * the shared progress bar (which stands still under `prefers-reduced-motion`).
 */
import { css } from 'lit';

export const ppeBookingStyles = css`
  :host {
    --_code-size: var(--sportello-ppe-booking-code-size, 1.75em);
    --_step-size: var(--sportello-ppe-booking-step-size, 2rem);
    --_card-surface: var(--sportello-ppe-booking-card-surface, #f2f5f8);
  }
  .container,
  .manage {
    display: grid;
    gap: var(--_space-4);
  }
  /* Headings get focus so a screen reader announces the new step; they are not controls. */
  .step-heading:focus,
  .outcome__title:focus {
    outline: none;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .intro {
    color: var(--_muted);
  }
  .modes,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .modes .button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_muted);
  }
  .step__n {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: var(--_step-size);
    height: var(--_step-size);
    border: 2px solid var(--_border);
    border-radius: 50%;
    font-weight: 600;
  }
  .step--done .step__n {
    border-color: var(--_primary);
    color: var(--_primary);
  }
  .step--current {
    color: var(--_text);
    font-weight: 700;
  }
  .step--current .step__n {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .step-heading,
  .outcome__title {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .card,
  .outcome,
  .confirm {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-surface);
  }
  .card__title,
  .alert__title {
    font-weight: 700;
  }
  .card--success,
  .outcome--success {
    border: 3px solid var(--_success);
    background: var(--_success-surface);
  }
  .outcome--problem {
    border: 3px solid var(--_error);
    background: var(--_error-surface);
  }
  .outcome__title {
    font-weight: 700;
  }
  .outcome--success .outcome__title {
    color: var(--_success);
  }
  .quantity {
    font-weight: 600;
  }
  .code-block {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
  }
  .code {
    font-family: var(--sportello-ppe-booking-code-font, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: var(--_code-size);
    font-weight: 700;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .code--small {
    font-size: 1em;
  }
  .review {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
  }
  .review__row {
    display: grid;
    grid-template-columns: minmax(0, 10rem) minmax(0, 1fr) auto;
    gap: var(--_space-1) var(--_space-4);
    padding-bottom: var(--_space-3);
    border-bottom: 1px solid var(--_border);
  }
  .review dt {
    font-weight: 600;
  }
  .review dd {
    margin: 0;
    min-width: 0;
  }
  .review .review__change {
    align-self: start;
  }
  @container (max-width: 30rem) {
    .review__row {
      grid-template-columns: minmax(0, 1fr);
    }
    /* Only the current step keeps its name on narrow screens; the others keep theirs for screen readers. */
    .step:not(.step--current) .step__name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .container {
    container-type: inline-size;
  }
  .button--link {
    justify-self: start;
    min-height: var(--_control-height);
    padding: var(--_space-1) 0;
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
  }
  .button--danger {
    border-color: var(--_error);
    background: var(--_error);
    color: #ffffff;
  }
  @media (forced-colors: active) {
    .step--current .step__n,
    .modes .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
