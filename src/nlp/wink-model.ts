/**
 * wink-nlp's English model (`wink-eng-lite-web-model`, pinned at 1.8.1), put together so that a pipeline
 * costs less to start. The package's entry point parses its 3 MB core model when it is loaded, then, for
 * each pipeline, copies it through `JSON.parse(JSON.stringify(…))` and decodes its tables a character at a
 * time. Here the core model's file is parsed once per pipeline (a fresh object, as the copy was) and its
 * tables are decoded by `Buffer`. The object is otherwise the package's: the same loaders of the other
 * models (wink-nlp loads them all, whatever the pipe), feature function (which notes the lexeme cache, see
 * {@link lexemeCacheOf}) and add-ons, and a core model equal to the one the package builds (tests/knowledge/wink-model.test.ts compares them).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type packageModel from 'wink-eng-lite-web-model';
import { asBuilt } from './fresh-tokens.ts';
import type { RawDocument } from './raw-document.ts';

type WinkModel = typeof packageModel;

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';
const CORE_MODEL_PATH = require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`);

/** The layout entry's fields wink reads: `[, bits, shift, list?, extensible?]` (see load-core-model.js). */
const LAYOUT_BITS = 1;
const LAYOUT_SHIFT = 2;
const LAYOUT_IS_LIST = 3;
const LAYOUT_EXTENSIBLE = 4;

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** The tokeniser's patterns: `ltc` its token categories in the order it tries them, `[source, flags, category]`. */
  trex: { ltc: Array<[string, string, number]> };
  tcat: { hash: Record<string, number> };
}

/** Matches nothing. */
const NO_WORD = /(?!)/;
/** The tokeniser's first category's pattern when that category is a word, from the core model last loaded. */
let plainWord: RegExp = NO_WORD;

/**
 * What wink-nlp's tokeniser, trying its token categories in turn, reads as a word at once (a run of letters,
 * "Montaño"), from the core model a pipeline was last built with: such a text is one token of its own.
 */
export function plainWordPattern(): RegExp {
  return plainWord;
}

/** A base64 text's bytes as 32-bit words, in a buffer of their own (what wink's `bufferFromBase64` gives). */
function uint32FromBase64(text: string): Uint32Array {
  return new Uint32Array(new Uint8Array(Buffer.from(text, 'base64')).buffer);
}

/**
 * The package's `core()` (read-core-model.js then load-core-model.js of 1.8.1): the core model parsed afresh,
 * its lexicon and expansions decoded, each list feature's look-up built, the part-of-speech clusters read.
 */
export function loadCoreModel(): unknown {
  const model = JSON.parse(readFileSync(CORE_MODEL_PATH, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  const [source, flags, category] = model.trex.ltc[0] ?? ['', '', -1];
  plainWord = category === model.tcat.hash.word ? new RegExp(source, flags) : NO_WORD;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  for (const f in packing.layout) {
    const feature = features[f];
    if (packing.layout[f]?.[LAYOUT_IS_LIST] !== 0 || !feature) continue;
    feature.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k += 1) feature.hash[feature.list[k] as string] = k;
  }
  features.lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < features.lexeme.list.length; k += 1)
    features.lexeme.hash[features.lexeme.list[k] as string] = k;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] ?? [];
    const feature = features[f];
    if (layout[LAYOUT_IS_LIST] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[LAYOUT_BITS] ?? 0) >>> (layout[LAYOUT_SHIFT] ?? 0);
    }
    if (layout[LAYOUT_EXTENSIBLE] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * The English model for `winkNLP(model, pipe)`: the package's model with {@link loadCoreModel} for its core.
 */
export function englishModel(): WinkModel {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadCoreModel;
  model.sbd = require(`${DIST}load-sbd-model.js`) as unknown;
  model.pos = require(`${DIST}load-pos-model.js`) as unknown;
  model.ner = require(`${DIST}load-ner-model.js`) as unknown;
  model.negation = require(`${DIST}load-negation-model.js`) as unknown;
  model.sa = require(`${DIST}load-sa-model.js`) as unknown;
  model.metaCER = require(`${DIST}load-cer-meta-model.js`) as unknown;
  model.featureFn = featureFnPassingCache(require(`${DIST}feature.js`) as FeatureFn);
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = require(`${DIST}porter-stemmer.js`) as unknown;
  addons.lemmatize = require(`${DIST}lemmatize.js`) as unknown;
  addons.readabilityStats = readabilityStatsHandingOver(
    require(`${DIST}readability-stats.js`) as ReadabilityStats,
  );
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as WinkModel;
}

type ReadabilityStats = (rdd: unknown, its: unknown) => unknown;

/** Set while {@link rawDocumentOf} asks a document for its readability statistics. */
let handingOver = false;

/**
 * The package's readability statistics, which wink-nlp passes the document's raw data: while
 * {@link rawDocumentOf} asks, that data is handed over instead.
 */
function readabilityStatsHandingOver(stats: ReadabilityStats): ReadabilityStats {
  return (rdd, its) => (handingOver ? rdd : stats(rdd, its));
}

/**
 * The raw data of a document read by a pipeline built on {@link englishModel}, which wink-nlp keeps private
 * but passes to the readability statistics add-on: reading a token's numbers there spares the arrays and
 * strings (a string of spaces per token) that `tokens().out(…)` builds. Null for another model's document.
 */
export function rawDocumentOf(
  doc: { out(f: unknown): unknown },
  its: { readabilityStats: unknown },
): RawDocument | null {
  handingOver = true;
  let rdd: unknown;
  try {
    rdd = doc.out(its.readabilityStats);
  } finally {
    handingOver = false;
  }
  const raw = rdd as Partial<RawDocument> | null;
  return raw !== null && typeof raw === 'object' && Array.isArray(raw.tokens) && Array.isArray(raw.sentences)
    ? (raw as RawDocument)
    : null;
}

type FeatureFn = (
  ...args: unknown[]
) => Record<string, (word: string, category: number, cache: unknown) => unknown>;

/** The lexeme cache wink-nlp last passed to a feature function of {@link englishModel}, until taken. */
let cacheSeen: unknown = null;
/** Counts the probe words read by {@link lexemeCacheOf}, so that each is new to its pipeline. */
let probes = 0;

/**
 * The package's feature functions, the part-of-speech one noting the lexeme cache wink passes it (wink's
 * cache.js calls each feature function with the word, its category and the cache when it adds a word) and
 * looking words up in the cache as wink built it, not as src/nlp/fresh-tokens.ts patches it.
 */
function featureFnPassingCache(featureFn: FeatureFn): FeatureFn {
  return (...args) => {
    const features = featureFn(...args);
    const pos = features.pos;
    if (pos !== undefined) {
      features.pos = (word, category, cache) => {
        cacheSeen = cache;
        return pos(word, category, asBuilt(cache as object));
      };
    }
    return features;
  };
}

/**
 * The lexeme cache of a pipeline built on {@link englishModel}, which wink-nlp keeps private: a word new to
 * the pipeline is read, so that wink adds it and passes the cache to the model's feature functions. Null
 * when the pipeline was built on another model.
 */
export function lexemeCacheOf(nlp: { readDoc(text: string): unknown }): unknown {
  cacheSeen = null;
  nlp.readDoc(`probeword${++probes}x`);
  const cache = cacheSeen;
  cacheSeen = null;
  return cache;
}

/**
 * The words wink-nlp's pattern compiler reads as names (parts of speech, entity types) or as its escape
 * (`^`) in a custom entity's pattern: the first words of its meta model's machine
 * (eng-cer-meta-model.json, read from the file: the package's loader re-encodes its copy at each call).
 */
export function cerMetaWords(): Set<string> {
  const machine = JSON.parse(
    readFileSync(require.resolve(`${DIST}languages/cur/models/eng-cer-meta-model.json`), 'utf8'),
  ) as [number, number, Record<string, Record<string, number>>];
  return new Set(Object.keys(machine[2]['0'] ?? {}).filter((word) => word !== ' otherwise'));
}
