// Teaches survey-core the scoring properties our questionnaires carry, so it keeps them rather than
// flagging them as unknown. Declared once in questionnaires/scoring-properties.ts for client and server.

import { Serializer } from 'survey-core';
import { SCORING_PROPERTIES } from '../../../questionnaires/scoring-properties';

let registered = false;

export function registerScoringProperties(): void {
  if (registered) return;
  registered = true;
  for (const property of SCORING_PROPERTIES) {
    if (Serializer.findProperty(property.className, property.name)) continue;
    Serializer.addProperty(property.className, {
      name: property.name,
      type: property.type,
      ...(property.choices ? { choices: [...property.choices] } : {}),
      visible: false,
    });
  }
}
