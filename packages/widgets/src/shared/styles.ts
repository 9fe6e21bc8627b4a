/**
 * Design tokens and base styles shared by every widget.
 *
 * Public tokens are `--sportello-*` custom properties a partner sets on the page (they inherit
 * through shadow roots). Inside a widget they are read once, on `:host`, into private `--_*`
 * properties with the defaults below; per-widget tokens (`--sportello-calendar-day-size`) take
 * their defaults from these. Every default colour meets WCAG AA on white (text ≥ 4.5:1, borders and
 * focus ring ≥ 3:1). `--sportello-font-family` is inherited from the page unless set.
 */
import { css } from 'lit';

/** Token defaults, read on `:host`. */
export const tokens = css`
  :host {
    --_primary: var(--sportello-color-primary, #005a9c);
    --_on-primary: var(--sportello-color-on-primary, #ffffff);
    --_text: var(--sportello-color-text, #1b1b1b);
    --_muted: var(--sportello-color-muted, #4f4f4f);
    --_surface: var(--sportello-color-surface, #ffffff);
    --_border: var(--sportello-color-border, #6b6b6b);
    --_error: var(--sportello-color-error, #b3261e);
    --_error-surface: var(--sportello-color-error-surface, #fdecea);
    --_success: var(--sportello-color-success, #1e6b34);
    --_success-surface: var(--sportello-color-success-surface, #e8f3ec);
    --_focus: var(--sportello-color-focus, #1d4ed8);
    --_focus-width: var(--sportello-focus-ring-width, 3px);
    --_radius: var(--sportello-radius, 0.25rem);
    --_font-size: var(--sportello-font-size, 1rem);
    --_line-height: var(--sportello-line-height, 1.5);
    --_control-height: var(--sportello-control-min-height, 2.75rem);
    --_space-1: var(--sportello-space-1, 0.25rem);
    --_space-2: var(--sportello-space-2, 0.5rem);
    --_space-3: var(--sportello-space-3, 0.75rem);
    --_space-4: var(--sportello-space-4, 1rem);
    --_space-5: var(--sportello-space-5, 1.5rem);
    --_space-6: var(--sportello-space-6, 2rem);
  }
`;

/** Host, typography, focus ring, reduced motion and utility classes. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    font-family: var(--sportello-font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Everything a widget's `static styles` starts with. */
export const sharedStyles = [tokens, baseStyles];
