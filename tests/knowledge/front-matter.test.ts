import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/knowledge/sources.ts';

const BASE =
  'id: x-2019-a\noutlet: The Example\npublished: 2019-01-01\nurl: https://x.example/a\nlanguage: en';
const source = (frontMatter: string) =>
  new TextEncoder().encode(`---\n${frontMatter}\n---\nTroops arrived at the border on Monday.\n`);
const title = (frontMatter: string) =>
  parseSource(source(`${BASE}\n${frontMatter}`), 'sources/a.md').meta.title;
const problem = (frontMatter: string) => {
  try {
    parseSource(source(`${BASE}\n${frontMatter}`), 'sources/a.md');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('front matter read as YAML', () => {
  it('reads double- and single-quoted values, with a colon or quotes inside', () => {
    expect(title('title: "Mexico: troops go north"')).toBe('Mexico: troops go north');
    expect(title("title: 'Trump''s offer'")).toBe("Trump's offer");
  });

  it('reads a title with a colon written plainly, as people write titles', () => {
    expect(title("title: Mexico president tells Trump: 'That's not our job'")).toBe(
      "Mexico president tells Trump: 'That's not our job'",
    );
  });

  it('keeps the byline given as author, and reads its absence as none', () => {
    const meta = (fm: string) => parseSource(source(`${BASE}\n${fm}`), 'sources/a.md').meta;
    expect(meta('title: T\nauthor: Dana Whitcomb and Luis Ortega Fierro').author).toBe(
      'Dana Whitcomb and Luis Ortega Fierro',
    );
    expect(meta('title: T').author).toBeNull();
  });

  it('skips comments, on their own lines and after a value', () => {
    expect(title('# written by hand\ntitle: Troops at the border # the print headline')).toBe(
      'Troops at the border',
    );
  });

  it('refuses lists, maps, repeated and unknown fields, and broken quotes, each in one line', () => {
    for (const [frontMatter, message] of [
      ['title: [a, list]', 'front matter field "title" must be a single value, not a list or a map'],
      ['title: One\ntitle: Two', 'front matter field "title" appears twice'],
      ['title: T\nwriter: Someone', 'unknown front matter field "writer"'],
      ['title: "unclosed', 'front matter is not valid YAML'],
      ['title US may send troops', 'front matter line 7 is not "key: value"'],
    ] as const) {
      const got = problem(frontMatter);
      expect(got, frontMatter).toContain(message);
      expect(got?.split('\n')).toHaveLength(1);
    }
  });
});
