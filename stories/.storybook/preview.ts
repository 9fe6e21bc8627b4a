import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from 'virtual:custom-elements-manifest';
import './preview.css';

setCustomElementsManifest(manifest);

/** Languages of the locale toolbar; every widget speaks both. */
const locales = [
  { value: 'it', title: 'Italiano', right: 'it' },
  { value: 'en', title: 'English', right: 'en' },
];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets `lang` on the story root)',
      toolbar: { title: 'Lingua / Language', icon: 'globe', items: locales, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'it' },
  // The widgets inherit `lang` from their nearest ancestor, as on a partner's page.
  decorators: [(story, { globals }) => html`<div class="sportello-story" lang=${globals['locale'] ?? 'it'}>${story()}</div>`],
  loaders: [mswLoader()],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, matchers: { color: /color/i, date: /(date|at|on)$/i } },
    // Story tests fail on any axe violation.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
