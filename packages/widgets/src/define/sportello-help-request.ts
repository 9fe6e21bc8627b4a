import { SportelloHelpRequest } from '../help-request/help-request';

const tag = 'sportello-help-request';
if (!customElements.get(tag)) customElements.define(tag, SportelloHelpRequest);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-help-request': SportelloHelpRequest;
  }
}
