// The registration pattern of `src/define/`, for the demo form (tests and the size baseline).
import { SportelloDemoForm } from './demo-form';

const tag = 'sportello-demo-form';
if (!customElements.get(tag)) customElements.define(tag, SportelloDemoForm);

declare global {
  interface HTMLElementTagNameMap {
    'sportello-demo-form': SportelloDemoForm;
  }
}
