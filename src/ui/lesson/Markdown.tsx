/** Lesson text the loader already rendered from Markdown when the site was built (src/content/markdown.ts). */
export function Markdown({ html, className }: { html: string; className?: string }) {
  if (!html) return null;
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
