import { SportelloHelpRequest } from '../help-request/help-request';

// The tag is written out (not in a variable) so the custom-elements manifest can read it.
if (!customElements.get('sportello-help-request')) customElements.define('sportello-help-request', SportelloHelpRequest);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-help-request': SportelloHelpRequest;
  }
}
