/** Discord markdown → text for a terminal: bold kept with ANSI when the terminal supports it. */

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
