/** Rendering and filling `<sportello-help-request>` in browser tests. */
import { fixture, html } from '@open-wc/testing';
import type { SportelloClient } from '@sportello/sdk';
import { page, until } from '../testing/page';
import '../define/sportello-help-request';
import type { SportelloHelpRequest } from './help-request';

/** A request a test fills in: a topic card index and typed values. */
export interface Filling {
  topic?: string;
  forWhom?: 'myself' | 'someone-i-care-for';
  description?: string;
  phone?: string;
  email?: string;
  channel?: 'phone' | 'email';
  district?: string;
  privacy?: boolean;
  health?: boolean;
}

export async function renderHelp(client: SportelloClient, attrs: { lang?: string; topics?: string; mode?: string } = {}) {
  const el = await fixture<SportelloHelpRequest>(
    html`<sportello-help-request lang=${attrs.lang ?? 'it'} topics=${attrs.topics ?? ''} mode=${attrs.mode ?? 'request'} .client=${client}></sportello-help-request>`,
  );
  const p = page(el);
  const ready = () => until(() => p.$('[part~=topic-card]') !== null || p.$('[part=empty]') !== null || p.$('[part=alert]') !== null, 'topics');
  const radio = async (name: string, value: string) => {
    p.$<HTMLInputElement>(`input[name=${name}][value=${value}]`)!.click();
    await el.updateComplete;
  };
  const fill = async (f: Filling) => {
    if (f.topic) await radio('topic', f.topic);
    if (f.forWhom) await radio('for-whom', f.forWhom);
    if (f.description !== undefined) await p.type('description', f.description);
    if (f.phone !== undefined) await p.type('phone', f.phone);
    if (f.email !== undefined) await p.type('email', f.email);
    if (f.channel) await radio('channel', f.channel);
    if (f.district !== undefined) {
      const select = p.byId<HTMLSelectElement>('district')!;
      select.value = f.district;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }
    for (const [id, on] of [['privacy-consent', f.privacy], ['health-consent', f.health]] as const) {
      const box = p.byId<HTMLInputElement>(id);
      if (on !== undefined && box && box.checked !== on) {
        box.click();
        await el.updateComplete;
      }
    }
  };
  const submit = () => p.click('form[part=form] [part=submit]');
  const succeeded = () => until(() => p.$('[part=success]') !== null, 'the confirmation');
  return { el, ...p, ready, radio, fill, submit, succeeded };
}

/** A complete, valid request. */
export const validRequest: Filling = {
  topic: 'apps-and-accounts',
  forWhom: 'someone-i-care-for',
  description: 'Mia madre deve installare l’app IO e creare lo SPID.',
  phone: '333 765 4321',
  district: '8',
  privacy: true,
};
