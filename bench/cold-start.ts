/** Measured by bench/engine.ts: from process start to the first answer, through the same factory the bot uses. */
import Keyv from 'keyv';
import { createRuntime } from '../src/answer/create.ts';
import { KB_PATH, KNOWLEDGE_DIR } from '../src/paths.ts';

const { engine } = await createRuntime({ knowledgeDir: KNOWLEDGE_DIR, kbPath: KB_PATH, store: new Keyv() });
await engine.ask('How many troops did Mexico deploy?', { userId: 'cold' });
console.log(`cold-start-ms=${performance.now().toFixed(1)}`);
