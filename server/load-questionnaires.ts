// Reads every questionnaires/readiness-*.json once at boot and parses it into the domain's Questionnaire.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuestionnaire, type Questionnaire } from './domain/instrument/questionnaire';

export const QUESTIONNAIRES_DIR = new URL('../questionnaires/', import.meta.url).pathname;

export async function loadQuestionnaires(dir = QUESTIONNAIRES_DIR): Promise<Map<string, Questionnaire>> {
  const result = new Map<string, Questionnaire>();
  for (const name of (await readdir(dir))
    .filter((n) => n.startsWith('readiness-') && n.endsWith('.json'))
    .sort()) {
    const path = join(dir, name);
    let questionnaire: Questionnaire;
    try {
      questionnaire = parseQuestionnaire(JSON.parse(await readFile(path, 'utf8')));
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
    result.set(questionnaire.id, questionnaire);
  }
  return result;
}
