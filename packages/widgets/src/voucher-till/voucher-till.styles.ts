import { css } from 'lit';

/** Styles of `<sportello-voucher-till>`: one column, large targets, for a phone at the counter. */
export const voucherTillStyles = css`
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
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  form {
    display: grid;
    gap: var(--_space-4);
    min-width: 0;
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
  .panel--done {
    border-color: var(--_success);
    background: var(--_success-surface);
  }
  .facts {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  [part~='balance-after'],
  [part~='amount-charged'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  .confirm {
    display: grid;
    gap: var(--_space-3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .button {
    min-height: max(var(--_control-height), 44px);
    min-width: 44px;
  }
  form .button--primary {
    width: 100%;
  }
  .input {
    min-height: max(var(--_control-height), 44px);
  }
  .total {
    font-weight: 700;
  }
  .table-wrap {
    overflow-x: auto;
    min-width: 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--_space-2) var(--_space-1);
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .code {
    overflow-wrap: anywhere;
  }
  tr.voided td {
    color: var(--_muted);
    text-decoration: line-through;
  }
  tr.voided td:last-child {
    text-decoration: none;
  }
`;
