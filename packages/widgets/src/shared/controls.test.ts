/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { controlStyles } from './controls.styles';
import { sharedStyles } from './styles';
import { checkboxField, errorSummary, radioGroupField, selectField, textAreaField, textField } from './controls';
import { errorAlert, statusRegion } from './feedback';
import sharedIt from './messages.it';

const m = sharedIt;
const noop = () => {};

/** The elements an `aria-describedby` points at, all of which must exist. */
function describedBy(root: ParentNode & { getElementById(id: string): HTMLElement | null }, el: Element): HTMLElement[] {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => {
    const target = root.getElementById(id);
    expect(target, `#${id}`).to.exist;
    return target!;
  });
}

describe('field controls', () => {
  it('wire label, hint and error to the input for assistive technology', async () => {
    const el = await fixture(html`<div>
      ${textField(m, { id: 'tax', label: 'Codice fiscale', hint: '16 caratteri', error: 'Il formato non è valido.', required: true, value: 'X', onInput: noop })}
    </div>`);
    const input = el.querySelector('input')!;
    expect(input.labels![0]!.textContent).to.match(/Codice fiscale\s+\(obbligatorio\)/);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-required')).to.equal('true');
    expect(describedBy(document, input).map((x) => x.textContent!.trim())).to.deep.equal(['16 caratteri', 'Errore: Il formato non è valido.']);
    const error = el.querySelector('[part=error]')!;
    expect(input.compareDocumentPosition(error) & Node.DOCUMENT_POSITION_PRECEDING, 'error next to the field, above the input').to.not.equal(0);
    expect([...el.querySelectorAll('[part]')].map((x) => x.getAttribute('part'))).to.deep.equal(['field', 'label', 'hint', 'error', 'input']);
    await expect(el).to.be.accessible();
  });

  it('leave a valid field without aria-invalid and without dangling references', async () => {
    const el = await fixture(html`<div>${textField(m, { id: 'name', label: 'Nome', value: '', onInput: noop })}</div>`);
    const input = el.querySelector('input')!;
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('report what a person types', async () => {
    const typed: string[] = [];
    const el = await fixture(html`<div>${textField(m, { id: 'n', label: 'Nome', value: '', onInput: (v) => typed.push(v) })}</div>`);
    const input = el.querySelector('input')!;
    input.value = 'Anna';
    input.dispatchEvent(new Event('input'));
    expect(typed).to.deep.equal(['Anna']);
  });

  it('render select, textarea, checkbox and radio group accessibly, errors included', async () => {
    const options = [
      { value: 'phone', label: 'Telefono' },
      { value: 'email', label: 'E-mail' },
    ];
    const el = await fixture(html`<form>
      ${selectField(m, { id: 'district', label: 'Circoscrizione', placeholder: 'Scegli…', value: '', options, error: 'Scegli una delle opzioni proposte.', onChange: noop })}
      ${textAreaField(m, { id: 'desc', label: 'Descrizione', optional: true, hint: 'Massimo 500 caratteri', value: '', onInput: noop })}
      ${checkboxField(m, { id: 'consent', label: 'Acconsento', required: true, checked: false, error: m.fieldErrors['consent-required'], onChange: noop })}
      ${radioGroupField(m, { id: 'channel', label: 'Come ti contattiamo?', value: 'email', options, error: 'Scegli.', onChange: noop })}
    </form>`);
    const group = el.querySelector('#channel')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(document, group)[0]!.textContent).to.include('Scegli.');
    expect((el.querySelector('#channel-1') as HTMLInputElement).checked).to.equal(true);
    expect(describedBy(document, el.querySelector('#consent')!)[0]!.textContent).to.include('consenso');
    expect(el.querySelector('label[for=desc]')!.textContent).to.include('(facoltativo)');
    await expect(el).to.be.accessible();
  });
});

describe('error summary', () => {
  it('is an alert with a heading and links that move focus to each field', async () => {
    const el = await fixture(html`<div>
      ${errorSummary(m, [
        { id: 'a', message: 'Compila il nome.' },
        { id: 'b', message: 'Scegli un canale.' },
      ])}
      ${textField(m, { id: 'a', label: 'Nome', value: '', error: 'Compila il nome.', onInput: noop })}
      ${radioGroupField(m, { id: 'b', label: 'Canale', value: '', options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }], error: 'Scegli.', onChange: noop })}
    </div>`);
    const summary = el.querySelector('[role=alert]')!;
    expect(summary.querySelector('[role=heading]')!.textContent).to.equal('Ci sono 2 problemi da correggere');
    const links = summary.querySelectorAll('a');
    links[0]!.click();
    expect(document.activeElement).to.equal(el.querySelector('#a'));
    links[1]!.click();
    expect(document.activeElement).to.equal(el.querySelector('#b-0'));
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('renders nothing without errors', async () => {
    const el = await fixture(html`<div>${errorSummary(m, [])}</div>`);
    expect(el.querySelector('[role=alert]')).to.equal(null);
  });
});

describe('feedback', () => {
  it('status is a polite live region with a visible progress bar while busy', async () => {
    const el = await fixture(html`<div>${statusRegion({ message: 'Invio in corso…', busy: true })}</div>`);
    const status = el.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.equal('Invio in corso…');
    expect(status.querySelector('.progress')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('alert shows the wait and disables retry until it is over', async () => {
    let retried = 0;
    const el = await fixture(html`<div>${errorAlert(m, { message: m.problems.rateLimited, retryIn: 12, onRetry: () => retried++ })}</div>`);
    expect(el.textContent).to.include('Puoi riprovare tra 12 secondi.');
    expect(el.querySelector('[aria-live=off]')).to.exist;
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    expect(retried).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

class BusyProbe extends LitElement {
  static override styles = [sharedStyles, controlStyles];
  protected override render() {
    return statusRegion({ message: 'Caricamento in corso…', busy: true });
  }
}
customElements.define('test-busy-probe', BusyProbe);

describe('motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('animates the progress bar, and holds it still (but visible) with prefers-reduced-motion', async () => {
    const el = await fixture<BusyProbe>(html`<test-busy-probe></test-busy-probe>`);
    const bar = el.shadowRoot!.querySelector('.progress__bar')!;
    expect(getComputedStyle(bar).animationName).to.equal('sportello-progress');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bar).animationName).to.equal('none');
    expect(bar.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});
