/** Builds the real engine on the shipped knowledge, once per test file. */
import Keyv from 'keyv';
import { createRuntime, type Runtime } from '../../src/answer/create.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../../src/paths.ts';

export async function shippedRuntime(store: Keyv = new Keyv()): Promise<Runtime> {
  return createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store });
}
