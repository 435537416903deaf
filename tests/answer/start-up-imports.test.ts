import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.ts';

/** Static imports and re-exports of a module, type-only ones left out: what loading it loads. */
const IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gms;

/** The modules (repository paths) and packages loading `entry` loads, following static imports. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    if (!path.startsWith('src/')) continue;
    for (const [, specifier = ''] of readFileSync(join(REPO_ROOT, path), 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.'))
        pending.push(relative(REPO_ROOT, join(REPO_ROOT, dirname(path), specifier)));
      else if (!specifier.startsWith('node:')) pending.push(specifier);
    }
  }
  return seen;
}

describe('what answering loads at start', () => {
  const answering = loadedBy('src/answer/create.ts');

  it('loads the answer engine and its language pipeline', () => {
    expect(answering).toContain('src/answer/engine.ts');
    expect(answering).toContain('src/nlp/pipeline.ts');
    expect(answering).toContain('wink-nlp');
  });

  it('does not load the knowledge pipeline, the YAML parser or the wink model package’s entry point', () => {
    expect(answering).not.toContain('src/knowledge/build.ts');
    expect(answering).not.toContain('src/knowledge/attribution.ts');
    expect(answering).not.toContain('yaml');
    expect(answering).not.toContain('wink-eng-lite-web-model');
  });

  it('finds them where they are loaded: building knowledge and reading sources', () => {
    expect(loadedBy('src/knowledge/build.ts')).toContain('src/knowledge/attribution.ts');
    expect(loadedBy('src/knowledge/sources.ts')).toContain('yaml');
  });
});

describe('what the terminal chat loads at start', () => {
  const chat = loadedBy('src/main.ts');

  it('loads the chat but not discord.js, the charts or the knowledge pipeline, which only the bot uses', () => {
    expect(chat).toContain('src/cli/chat.ts');
    expect(chat).not.toContain('discord.js');
    expect(chat).not.toContain('src/bot/bot.ts');
    expect(chat).not.toContain('src/knowledge/build.ts');
  });

  it('finds discord.js where the bot loads it', () => {
    expect(loadedBy('src/bot/bot.ts')).toContain('discord.js');
  });
});
