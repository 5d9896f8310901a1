// A Stryker ignorer for the model's words: a plain string written into `t(en, zh)` (shared/languages'
// localText) is text a reader sees, and changing it changes what they read, not what the report decides.
// Tests check behaviour, not sentences, so these mutants are counted as disabled rather than as survivors.
// Template literals in t() stay mutated: they carry the model's thresholds, which tests do check.
// Plain JavaScript, because Stryker's worker processes load plugins without a TypeScript loader.

import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** @param {import('@babel/core').NodePath} path */
function isWording(path) {
  const call = path.parentPath?.node;
  return (
    path.isStringLiteral() &&
    call?.type === 'CallExpression' &&
    call.callee.type === 'Identifier' &&
    call.callee.name === 't'
  );
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'wording', {
    shouldIgnore: (path) =>
      isWording(path) ? 'Wording: text in t() that a reader sees, not a rule' : undefined,
  }),
];
