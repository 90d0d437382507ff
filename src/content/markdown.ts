/**
 * Lesson Markdown → HTML with marked, run by the lesson loader when the site is built (so the browser ships no Markdown
 * parser). Lessons are files in this repository, but raw HTML inside them is still shown as text rather than injected,
 * and links to other sites open in a new tab.
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

export function renderMarkdown(source: string): string {
  return source.trim() ? (marked.parse(source, { async: false }) as string) : '';
}
