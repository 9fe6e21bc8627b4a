/// <reference types="mocha" />
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { testClient, json } from '../testing/fetch';
import { SportelloDemoForm } from './demo/demo-form';

if (!customElements.get('sportello-demo-form')) customElements.define('sportello-demo-form', SportelloDemoForm);

const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e));

/** Relative luminance contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('the test page', () => {
  it('enforces Trusted Types: a raw string into innerHTML is refused', () => {
    const div = document.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  it('forbids eval', () => {
    expect(() => (0, eval)('1')).to.throw(EvalError);
  });

  it('refuses inline style attributes', async () => {
    const el = await fixture(html`<div></div>`);
    el.setAttribute('style', 'color: rgb(255, 0, 0)');
    await aTimeout(20);
    expect(getComputedStyle(el).color).to.not.equal('rgb(255, 0, 0)');
    expect(violations.map((v) => v.effectiveDirective)).to.include('style-src-attr');
  });

  it('runs axe for real: an unlabelled input fails', async () => {
    const el = await fixture(html`<div><input type="text" /></div>`);
    await expect(el).not.to.be.accessible();
  });
});

describe('the foundation under the strict CSP', () => {
  it('renders, styles and submits a form without any policy violation', async () => {
    await aTimeout(20);
    violations.length = 0;
    const { client } = testClient(() => json({ voucherCode: 'BS-4D2N-8WQ5-N', state: 'active', faceValueCents: 1, balanceCents: 1, expiresOn: '2027-01-31', district: 1, redemptions: [] }));
    const el = await fixture<SportelloDemoForm>(html`<sportello-demo-form .client=${client}></sportello-demo-form>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.adoptedStyleSheets.length, 'static styles adopted').to.be.greaterThan(0);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.error')!).fontWeight).to.equal('600');
    await aTimeout(50);
    expect(violations.map((v) => `${v.effectiveDirective} ${v.blockedURI} ${v.sample}`)).to.deep.equal([]);
  });

  it('meets WCAG AA contrast with the default tokens', async () => {
    const el = await fixture<SportelloDemoForm>(html`<sportello-demo-form></sportello-demo-form>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    const q = (s: string) => getComputedStyle(el.shadowRoot!.querySelector(s)!);
    const white = 'rgb(255, 255, 255)';
    expect(contrast(q('[part=error]').color, white), 'error text').to.be.at.least(4.5);
    expect(contrast(q('[part=hint]').color, white), 'hint').to.be.at.least(4.5);
    expect(contrast(q('[part=error-summary] a').color, q('[part=error-summary]').backgroundColor), 'summary links').to.be.at.least(4.5);
    expect(contrast(q('[part=submit]').color, q('[part=submit]').backgroundColor), 'button').to.be.at.least(4.5);
    expect(contrast(q('#tax-code').borderTopColor, white), 'invalid border').to.be.at.least(3);
    expect(contrast(q('#consent').accentColor, white), 'checkbox').to.be.at.least(3);
    const input = el.shadowRoot!.getElementById('tax-code')!;
    input.focus();
    expect(contrast(getComputedStyle(input).outlineColor, white), 'focus ring').to.be.at.least(3);
  });
});

describe('styleProps', () => {
  it('sets inline properties through the CSSOM where a style attribute is refused', async () => {
    const { styleProps } = await import('./style-props');
    const render = (width: string | undefined) => html`<div ${styleProps({ width, '--sportello-x': '2' })}></div>`;
    const wrapper = await fixture(html`<section>${render('123px')}</section>`);
    const div = wrapper.firstElementChild as HTMLElement;
    expect(getComputedStyle(div).width).to.equal('123px');
    expect(getComputedStyle(div).getPropertyValue('--sportello-x')).to.equal('2');
  });
});
