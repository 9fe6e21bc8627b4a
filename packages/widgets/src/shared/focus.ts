/**
 * Moves focus to a form control: a fieldset or group focuses its checked (or first) input.
 * Scrolls so the field's label is in view too.
 */
export function focusControl(target: Element | null | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  let control: HTMLElement = target;
  if (target instanceof HTMLFieldSetElement || target.getAttribute('role') === 'radiogroup') {
    control = target.querySelector<HTMLElement>('input:checked') ?? target.querySelector<HTMLElement>('input, select, textarea, button') ?? target;
  }
  const field = control.closest('[part~="field"]') ?? control;
  field.scrollIntoView?.({ block: 'start' });
  control.focus({ preventScroll: true });
  return control.matches(':focus');
}

/**
 * After the host's next render, focuses the element `selector` finds in its shadow root (as
 * `focusControl` does): the one way a widget moves focus to what an update just showed.
 */
export function focusAfterUpdate(host: { updateComplete: Promise<unknown>; renderRoot: HTMLElement | DocumentFragment }, selector: string): void {
  void host.updateComplete.then(() => focusControl(host.renderRoot.querySelector(selector)));
}
