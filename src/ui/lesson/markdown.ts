/**
 * Lesson Markdown → HTML with marked. Lessons are files in this repository, but raw HTML inside them is still shown as
 * text rather than injected, and links to other sites open in a new tab.
 */
import { Marked } from 'marked';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const safe = /^(https?:|#|\.{0,2}\/|mailto:)/i.test(href) ? href : '#';
      const external = /^https?:/i.test(safe);
      return `<a href="${escapeHtml(safe)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' target="_blank" rel="noopener noreferrer"' : ''}>${text}</a>`;
    },
  },
});

const cache = new Map<string, string>();

export function renderMarkdown(source: string): string {
  let html = cache.get(source);
  if (html === undefined) {
    html = marked.parse(source, { async: false }) as string;
    cache.set(source, html);
  }
  return html;
}
