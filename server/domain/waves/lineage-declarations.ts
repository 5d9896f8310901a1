// What an administrator declares about the units between two waves (merges, splits, a successor under a new
// id), checked before it is stored on the later wave. `traceUnits` would refuse a bad declaration quietly and
// classify its units by id; a person sending one is told instead, field by field, and nothing is stored.

import { InvalidInputError, type FieldError } from '../errors';
import type { LineageDeclaration } from './unit-lineage';

/** The ids of the units each wave reports on (departments, or the reporting groups in their place). */
export interface WaveUnits {
  earlier: readonly string[];
  later: readonly string[];
}

/**
 * The declarations as they are to be stored, or an InvalidInputError (422) naming every field at fault: a
 * unit either wave does not report on, an empty side, a unit named twice on a side, several into several,
 * and a unit that two declarations name (together they would be several into several).
 * @example checkDeclarations([{ earlier: ['a', 'b'], later: ['c'] }], { earlier: ['a', 'b'], later: ['c'] })
 */
export function checkDeclarations(
  declarations: readonly LineageDeclaration[],
  units: WaveUnits,
): { earlier: string[]; later: string[] }[] {
  const errors: FieldError[] = [];
  const namedBy = new Map<string, number>();
  declarations.forEach((declaration, i) => {
    const at = `declarations.${i}`;
    for (const side of ['earlier', 'later'] as const) {
      const ids = declaration[side];
      if (ids.length === 0) {
        errors.push({
          field: `${at}.${side}`,
          message: 'names no unit.',
          code: 'lineage.side-empty',
        });
      }
      ids.forEach((id, j) => {
        const field = `${at}.${side}.${j}`;
        if (!units[side].includes(id)) {
          const message = `is not a unit of the ${side} wave.`;
          errors.push({ field, message, code: 'lineage.unit-unknown', params: { unit: id } });
        } else if (ids.indexOf(id) !== j) {
          errors.push({
            field,
            message: 'is named twice.',
            code: 'lineage.unit-repeated',
            params: { unit: id },
          });
        } else {
          // The first declaration naming a unit keeps it; a later one naming it again is the overlap.
          const key = `${side}:${id}`;
          const first = namedBy.get(key);
          if (first === undefined) namedBy.set(key, i);
          else {
            errors.push({
              field,
              message: `is named by declaration ${first + 1} too.`,
              code: 'lineage.overlapping',
              params: { unit: id, declaration: first + 1 },
            });
          }
        }
      });
    }
    if (declaration.earlier.length > 1 && declaration.later.length > 1) {
      errors.push({
        field: at,
        message: 'declares several units into several: say which earlier units became which later one.',
        code: 'lineage.several-into-several',
      });
    }
  });
  if (errors.length > 0) {
    throw new InvalidInputError(
      'Some declarations cannot be applied; nothing was changed.',
      { code: 'lineage.invalid', params: {} },
      errors,
    );
  }
  return declarations.map((d) => ({ earlier: [...d.earlier], later: [...d.later] }));
}
