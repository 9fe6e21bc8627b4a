import { css } from 'lit';

/** Styles of `<sportello-voucher-checker>` on top of the shared tokens and controls. */
export const voucherCheckerStyles = css`
  :host {
    --_vc-active: var(--sportello-voucher-checker-state-active, var(--_success));
    --_vc-inactive: var(--sportello-voucher-checker-state-inactive, var(--_error));
    --_vc-bar-height: var(--sportello-voucher-checker-bar-height, 0.5rem);
  }
  .widget {
    display: grid;
    gap: var(--_space-5);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  .subheading {
    margin: var(--_space-2) 0 0;
    font-size: 1em;
  }
  .muted {
    margin: 0;
    color: var(--_muted);
  }
  .result,
  .shops-section {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  .result__title:focus {
    outline: none;
  }
  .result__title:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .facts {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
  }
  .fact {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: var(--_space-1) var(--_space-3);
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    justify-self: start;
    padding: var(--_space-1) var(--_space-3);
    border: 2px solid var(--_vc-inactive);
    border-radius: 999px;
    color: var(--_vc-inactive);
    font-weight: 700;
  }
  .state--active {
    border-color: var(--_vc-active);
    color: var(--_vc-active);
  }
  .state--expired,
  .state--revoked {
    border-style: dashed;
  }
  .balance {
    font-size: 1.5em;
    font-weight: 700;
  }
  .bar {
    display: block;
    max-width: 16rem;
    height: var(--_vc-bar-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .bar__fill {
    display: block;
    height: 100%;
    background: var(--_primary);
  }
  .expiry-warning {
    display: block;
    color: var(--_error);
  }
  .redemptions {
    width: 100%;
    border-collapse: collapse;
  }
  .redemptions th,
  .redemptions td {
    padding: var(--_space-2);
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .redemptions .num {
    text-align: end;
    white-space: nowrap;
  }
  .cap-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-3);
  }
  .link-button {
    justify-self: start;
    min-height: var(--_control-height);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .shops {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .shop {
    display: grid;
    gap: var(--_space-1);
    padding-block-end: var(--_space-3);
    border-bottom: 1px solid var(--_border);
  }
  .shop__name {
    font-weight: 700;
  }
  .shop__kind {
    color: var(--_muted);
  }
  .shop__address {
    font-style: normal;
  }
  @media (forced-colors: active) {
    .state,
    .bar__fill {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    .bar__fill {
      background: Highlight;
    }
  }
`;
