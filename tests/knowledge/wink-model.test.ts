import { describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { englishModel, loadCoreModel } from '../../src/nlp/wink-model.ts';

describe('loadCoreModel', () => {
  it('builds the core model the package builds', () => {
    expect(loadCoreModel()).toEqual((packageModel.core as () => unknown)());
  });

  it('gives each pipeline a core model of its own, as the package does', () => {
    const a = loadCoreModel() as { features: { lexeme: { list: string[] } } };
    const b = loadCoreModel() as { features: { lexeme: { list: string[] } } };
    a.features.lexeme.list.push('not-a-word-of-b');
    expect(b.features.lexeme.list).not.toContain('not-a-word-of-b');
  });
});

describe('englishModel', () => {
  const text =
    'Mexico’s president, Claudia Sheinbaum, said on Feb. 3, 2025 that 10,000 National Guard troops would deploy to the border. "We will not be subordinated," she said.';

  it('reads a text as the package model does, with every annotation', () => {
    const ours = winkNLP(englishModel());
    const theirs = winkNLP(packageModel);
    const read = (nlp: typeof ours) => {
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      return {
        tokens: doc.tokens().out(its.value),
        pos: doc.tokens().out(its.pos),
        lemmas: doc.tokens().out(its.lemma as ItsFunction<string>),
        stops: doc.tokens().out(its.stopWordFlag),
        entities: doc.entities().out(its.detail),
        sentences: doc.sentences().out(),
      };
    };
    expect(read(ours)).toEqual(read(theirs));
  });
});
