/**
 * Styles of the shared controls and feedback templates. Fluid (works at 320 px and 200 % zoom:
 * no fixed widths, text wraps, targets ≥ 44 px), reduced-motion aware (the progress bar stands
 * still), visible in forced-colors mode.
 */
import { css } from 'lit';

export const controlStyles = css`
  form {
    display: grid;
    gap: var(--_space-4);
    margin: 0;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    min-width: 0;
  }
  .fieldset {
    border: 0;
    padding: 0;
  }
  .label {
    font-weight: 600;
  }
  legend.label {
    padding: 0;
    margin-bottom: var(--_space-1);
  }
  .marker {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  .field--invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--_space-3);
  }
  .input {
    width: 100%;
    max-width: 100%;
    min-height: var(--_control-height);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input.input[size] {
    width: auto;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    min-height: var(--_control-height);
    padding-block: var(--_space-2);
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .choice label {
    font-weight: 400;
  }
  .button {
    justify-self: start;
    min-height: var(--_control-height);
    min-width: var(--_control-height);
    padding: var(--_space-2) var(--_space-5);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button--primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .error-summary,
  .alert {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-surface);
  }
  .error-summary__title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .alert p {
    margin: 0;
  }
  .status {
    display: grid;
    gap: var(--_space-2);
  }
  .progress {
    display: block;
    height: 0.375rem;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  .progress__bar {
    display: block;
    width: 40%;
    height: 100%;
    background: var(--_primary);
    animation: sportello-progress 1.2s ease-in-out infinite;
  }
  @keyframes sportello-progress {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .progress__bar {
      width: 100%;
      animation: none;
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .progress__bar {
      background: Highlight;
    }
    .field--invalid,
    .error-summary,
    .alert {
      border-color: CanvasText;
    }
  }
`;
