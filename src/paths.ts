/** Where the repository keeps its data, resolved from this file so commands work from any directory. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KNOWLEDGE_DIR = join(REPO_ROOT, 'knowledge');
export const SOURCES_DIR = join(KNOWLEDGE_DIR, 'sources');
export const KB_PATH = join(KNOWLEDGE_DIR, 'kb.json');
/** The compact English word-vector table (`npm run vectors:build`). */
export const WORD_VECTORS_FILE = 'word-vectors.bin';
export const WORD_VECTORS_PATH = join(KNOWLEDGE_DIR, WORD_VECTORS_FILE);
/** The compact WordNet table: words, their first senses and the senses those lean on (`npm run wordnet:build`). */
export const WORDNET_FILE = 'wordnet.txt';
export const WORDNET_PATH = join(KNOWLEDGE_DIR, WORDNET_FILE);
/** The general Spanish–English dictionary, every sense of a word (`npm run spanish:build`). */
export const SPANISH_DICTIONARY_FILE = 'spanish-english.txt';
export const SPANISH_DICTIONARY_PATH = join(KNOWLEDGE_DIR, SPANISH_DICTIONARY_FILE);
