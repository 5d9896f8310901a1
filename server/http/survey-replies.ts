// What a respondent's survey page is given and what it gets back for an answer. Named replies, not
// responses: in this product a response is what a respondent submits.

import { z } from '@hono/zod-openapi';
import { LanguageSchema } from './local-text-schema';

export const SurveyForRespondentSchema = z
  .strictObject({
    organizationName: z.string(),
    campaignName: z.string(),
    status: z.enum(['draft', 'scheduled', 'open', 'closed']).openapi({
      description:
        'What the respondent meets now: not yet open, scheduled for a later opening, open, or closed',
    }),
    opensAt: z.iso.datetime({ offset: true }).nullable(),
    closesAt: z.iso.datetime({ offset: true }).nullable(),
    minGroupSize: z.number().int(),
    commentMinimum: z
      .number()
      .int()
      .openapi({ description: 'Comments are shown once this many people wrote one' }),
    languages: z.array(LanguageSchema).openapi({ description: 'The first is the default' }),
    minutes: z
      .record(LanguageSchema, z.number().int())
      .openapi({ description: 'Whole minutes answering takes in each language' }),
    questionnaire: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The SurveyJS questionnaire, as served to respondents' }),
    department: z
      .string()
      .nullable()
      .openapi({ description: 'The department a department or personal link files answers under' }),
    departments: z.array(z.strictObject({ id: z.string(), name: z.string() })),
    personal: z
      .strictObject({ answered: z.boolean(), language: LanguageSchema, progressKey: z.string() })
      .nullable()
      .openapi({
        description:
          'Set on a personal link: whether it was used, the person’s language, and where this device keeps their unfinished answers',
      }),
    accessCode: z
      .strictObject({ answered: z.boolean() })
      .nullable()
      .openapi({ description: 'Set on an access code: whether it was used. The code is tied to no one.' }),
  })
  .openapi('SurveyForRespondent');

export const ReceiptSchema = z
  .strictObject({ received: z.literal(true), submittedOn: z.iso.date() })
  .openapi('Receipt', { description: 'Stored durably; only the day is kept' });
