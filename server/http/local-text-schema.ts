// The two small shapes nearly every reply carries: a language, and a text in every language the product
// speaks (the model's own words travel this way; the client shows them as they come).

import { z } from '@hono/zod-openapi';
import { LANGUAGES, type Language, type LocalText } from '../domain/instrument/barrier-model';
import { schemaOf } from './schema-matches';

export const LanguageSchema = z.enum(LANGUAGES as readonly [Language, ...Language[]]);

export const LocalTextSchema = schemaOf<LocalText>()(
  z.record(LanguageSchema, z.string()).openapi('LocalText', { description: 'A text in every language' }),
);
