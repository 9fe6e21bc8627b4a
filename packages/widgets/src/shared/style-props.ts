/**
 * Inline styles that survive a strict Content-Security-Policy.
 *
 * Without `'unsafe-inline'` in `style-src`, Chromium refuses any `style` *attribute* set at run
 * time, and Lit's `styleMap` writes one on its first render, so it silently does nothing the
 * first time. This element directive sets each property through the CSSOM (`style.setProperty`),
 * which CSP allows, on every render:
 *
 * ```ts
 * html`<div class="bar" ${styleProps({ '--sportello-progress': `${pct}%` })}></div>`
 * ```
 * Prefer classes and custom properties in `static styles`; use this for values only known at run
 * time (a bar's length, a grid column).
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StyleProps extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({...})}>');
  }

  render(_props: Readonly<Record<string, string | number | undefined | null>>) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | number | undefined | null>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (props[name] == null) style.removeProperty(name);
    this.#previous.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), String(value));
      this.#previous.add(name);
    }
    return nothing;
  }
}

/** Sets CSS properties (`width`, `--sportello-x`) through the CSSOM, so a strict CSP allows them. */
export const styleProps = directive(StyleProps);
