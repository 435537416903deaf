/** Answers for a terminal: Discord markdown → text, bold kept with ANSI when the terminal supports it. */
import type { Answer } from './types.ts';

/** Renders the engine's markdown for a terminal. */
export function markdownToTerminal(markdown: string, ansi: boolean): string {
  const bold = (s: string) => (ansi ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (ansi ? `\u001b[2m${s}\u001b[22m` : s);
  return markdown
    .split('\n')
    .map((line) => {
      let l = line;
      const small = l.startsWith('-# ') || l.startsWith('> -# ');
      l = l.replace(/^(> )?-# /, '$1');
      l = l.replace(/\*\*(.+?)\*\*/g, (_, inner: string) => bold(inner));
      l = l.replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1$2');
      l = l.replace(/<(https?:\/\/[^>]+)>/g, '$1');
      l = l.replace(/\\([\\*_~`|>#-])/g, '$1').replace(/\u200b/g, '');
      l = l.replace(/^> /, '  │ ');
      return small ? dim(l) : l;
    })
    .join('\n');
}

/** An answer as a person reads it in a terminal: the text, then its sources with links, then suggestions. */
export function formatForTerminal(answer: Answer, ansi: boolean): string {
  const lines = [markdownToTerminal(answer.text, ansi)];
  if (answer.citations.length > 0 && answer.answeredAs !== 'sources') {
    lines.push('', 'Sources:');
    for (const c of answer.citations)
      lines.push(`  - ${c.outlet}, ${c.published}: ${c.title}${c.url ? ` — ${c.url}` : ''}`);
  }
  if (answer.suggestions.length > 0)
    lines.push('', `You could ask: ${answer.suggestions.map((s) => `“${s}”`).join('  ')}`);
  return lines.join('\n');
}
