/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
// Vite's own types stand on postcss: the type of a plugin for the postcss run Vite makes over each stylesheet.
import type { Plugin as PostcssPlugin } from 'postcss';
import { defineConfig, type Plugin } from 'vite';

const ROOT = new URL('.', import.meta.url).pathname;
const OUT_DIR = join(ROOT, '..', 'dist', 'client');
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
const QUESTIONNAIRES = join(ROOT, '..', 'questionnaires');
/** Which of SurveyJS's styles the survey page leaves out, and why: data, so the browser test reads it too. */
const LEFT_OUT_STYLES = join(ROOT, 'pages', 'take-survey', 'survey-styles-left-out.json');

/** Assets are compressed once, here, not on every request: write .gz and .br next to each one. */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'groundwork-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(OUT_DIR).filter((f) => COMPRESSIBLE.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/** The type of every question in a SurveyJS questionnaire, in its pages and in any panel nested in them. */
function questionTypes(json: unknown): string[] {
  if (Array.isArray(json)) return json.flatMap(questionTypes);
  if (json === null || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) =>
    (key === 'elements' || key === 'templateElements') && Array.isArray(value)
      ? value.flatMap((element: { type?: unknown }) => [
          ...(typeof element.type === 'string' ? [element.type] : []),
          ...questionTypes(element),
        ])
      : questionTypes(value),
  );
}

/** A class's style block: its name before any BEM element (`__`) or modifier (`--`). */
const styleBlockOf = (className: string) => className.replace(/(__|--).*$/, '');

/**
 * Whether a selector needs an element of one of `blocks`: some class it requires (outside `:not()`, `:is()`
 * and other parenthesised arguments, which need not match) belongs to one.
 */
function needsBlock(selector: string, blocks: ReadonlySet<string>): boolean {
  let depth = 0;
  let required = '';
  for (const ch of selector) {
    if (ch === '(') depth += 1;
    if (depth === 0) required += ch;
    if (ch === ')') depth -= 1;
  }
  return [...required.matchAll(/\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)/g)].some((m) =>
    blocks.has(styleBlockOf(m[1]!)),
  );
}

/**
 * Leaves out of SurveyJS's stylesheet the rules that can only style what the survey page never shows
 * (client/pages/take-survey/survey-styles-left-out.json says which and why), and stops the build if a
 * questionnaire uses a question type whose styles that list was not checked against.
 */
function leaveOutUnusedSurveyStyles(): Plugin {
  const leftOut = JSON.parse(readFileSync(LEFT_OUT_STYLES, 'utf8')) as {
    styledQuestionTypes: string[];
    leftOutBlocks: Record<string, string[]>;
  };
  const blocks = new Set(Object.values(leftOut.leftOutBlocks).flat());
  const trim: PostcssPlugin = {
    postcssPlugin: 'groundwork-survey-styles',
    Once(root, { result }) {
      if (!result.opts.from?.includes('/node_modules/survey-core/')) return;
      root.walkRules((rule) => {
        // Keyframe steps ("0%", "to") are not selectors.
        if (rule.parent?.type === 'atrule' && (rule.parent as { name: string }).name.endsWith('keyframes'))
          return;
        const kept = rule.selectors.filter((selector) => !needsBlock(selector, blocks));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((atRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
  return {
    name: 'groundwork-survey-styles',
    config: () => ({ css: { postcss: { plugins: [trim] } } }),
    buildStart() {
      for (const file of readdirSync(QUESTIONNAIRES).filter((f) => f.endsWith('.json'))) {
        const types = questionTypes(JSON.parse(readFileSync(join(QUESTIONNAIRES, file), 'utf8')));
        const unchecked = [...new Set(types)].filter((t) => !leftOut.styledQuestionTypes.includes(t));
        if (unchecked.length > 0)
          this.error(
            `${file} uses question types ${unchecked.join(', ')}, whose styles the survey page may leave out: ` +
              'check client/pages/take-survey/survey-styles-left-out.json and add them to styledQuestionTypes.',
          );
      }
    },
  };
}

export default defineConfig({
  root: ROOT,
  plugins: [react(), precompress(), leaveOutUnusedSurveyStyles()],
  build: { outDir: OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
