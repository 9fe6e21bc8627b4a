import { css } from 'lit';

/**
 * Styles of `<sportello-delivery-desk>`, with a print stylesheet: printing the page gives the
 * delivery list alone (controls, buttons and messages hidden), one booking per line with room for
 * a signature, in black on white.
 */
export const deliveryDeskStyles = css`
  .widget {
    display: grid;
    gap: var(--_space-5);
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  .muted {
    margin: 0;
    color: var(--_muted);
  }
  .panel {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  .panel p {
    margin: 0;
  }
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space-4);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .button,
  .input {
    min-height: max(var(--_control-height), 44px);
    min-width: 44px;
  }
  .bookings {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .booking {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .booking__who {
    display: grid;
    flex: 1 1 12rem;
    min-width: 0;
  }
  .booking__name {
    font-weight: 600;
  }
  .booking--cancelled .booking__name {
    text-decoration: line-through;
  }
  .code {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .badge {
    padding: 0 var(--_space-2);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 600;
    white-space: nowrap;
  }
  .badge--delivered {
    color: var(--_success);
  }
  .badge--cancelled {
    color: var(--_muted);
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    .no-print,
    [part~='controls'],
    [part~='bulk'],
    [part~='status'],
    [part~='alert'],
    button {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    .panel {
      border: 0;
      padding: 0;
    }
    .booking {
      break-inside: avoid;
      border: 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
    }
    .badge,
    .muted {
      color: #000;
    }
  }
`;
