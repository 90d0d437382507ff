/**
 * A served page as React elements, inert: the HTML is parsed with the browser's DOMParser and only an allowlist of
 * elements and attributes is kept. No script, style, frame or event handler survives, and nothing the page names is
 * fetched (images keep their alt text only). Forms and links are handed to the pane, which sends them through the cloud.
 */
import { createElement, type FormEvent, type MouseEvent, type ReactNode } from 'react';

const ELEMENTS = new Set([
  'main',
  'section',
  'div',
  'span',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'pre',
  'small',
  'br',
  'a',
  'form',
  'label',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'fieldset',
  'legend',
]);
const ATTRIBUTES = new Set([
  'href',
  'action',
  'method',
  'name',
  'type',
  'value',
  'for',
  'id',
  'placeholder',
  'autocomplete',
  'required',
  'checked',
  'selected',
  'role',
  'formnovalidate',
]);
/** React's names for the HTML attributes that differ. */
const REACT_NAME: Record<string, string> = {
  for: 'htmlFor',
  value: 'defaultValue',
  checked: 'defaultChecked',
  autocomplete: 'autoComplete',
  formnovalidate: 'formNoValidate',
};

export interface InertHandlers {
  /** A link was followed: its absolute URL. */
  onFollow(url: string): void;
  /** A form was submitted with this button: its label and the fields as the learner filled them. */
  onSubmit(button: string, values: Record<string, string>): void;
  /** Whether the learner may use the page (Free mode, nothing running). */
  interactive: boolean;
  /** Prefixes ids so a page's ids never clash with the app's. */
  idPrefix: string;
}

function convert(node: Node, base: string, handlers: InertHandlers, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const children = Array.from(element.childNodes).map((child, i) => convert(child, base, handlers, i));
  if (!ELEMENTS.has(tag)) return tag === 'script' || tag === 'style' || tag === 'iframe' ? null : children;
  const props: Record<string, unknown> = { key };
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    if (!ATTRIBUTES.has(name)) continue;
    if (name === 'id' || name === 'for') props[REACT_NAME[name] ?? name] = `${handlers.idPrefix}${attribute.value}`;
    else if (name === 'required' || name === 'checked' || name === 'selected' || name === 'formnovalidate') props[REACT_NAME[name] ?? name] = true;
    // A button's value is its own, not a field's starting text.
    else if (name === 'value' && tag === 'button') props['value'] = attribute.value;
    else props[REACT_NAME[name] ?? name] = attribute.value;
  }
  if (tag === 'h1' || tag === 'h2') return createElement(tag === 'h1' ? 'h4' : 'h5', { key }, children);
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    const url = href ? new URL(href, base).href : base;
    props['href'] = url;
    props['onClick'] = (event: MouseEvent) => {
      event.preventDefault();
      if (handlers.interactive) handlers.onFollow(url);
    };
  }
  if (tag === 'form') {
    props['onSubmit'] = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | HTMLInputElement | null;
      const label = submitter ? submitter.textContent?.trim() || submitter.value : '';
      const values: Record<string, string> = {};
      // The pressed button's own name and value ride along, as a browser sends them.
      new FormData(event.currentTarget, submitter).forEach((value, name) => (values[name] = String(value)));
      if (handlers.interactive) handlers.onSubmit(label, values);
    };
  }
  if (tag === 'input' || tag === 'button' || tag === 'select' || tag === 'textarea') props['disabled'] = !handlers.interactive;
  return createElement(tag, props, ...(tag === 'input' || tag === 'br' ? [] : children));
}

/** The body of a page as inert React elements. */
export function inertPage(html: string, pageUrl: string, handlers: InertHandlers): ReactNode {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.body.childNodes).map((node, i) => convert(node, pageUrl, handlers, i));
}
