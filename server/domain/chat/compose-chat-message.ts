// Writes a chat post of a campaign (test, announcement, reminder, closing notice) in each of the campaign's
// languages, as a platform-neutral ChatMessage. Figures appear only when the caller passes them (chat-progress.ts
// decides what the disclosure rule allows); without them a post says nothing countable about anyone.

import type { Language } from '../../../shared/languages';
import type { ChannelInvite, ChatPostKind } from './campaign-chat';
import type { ChatProgress } from './chat-progress';
import { CHAT_TEXT, type ChatFigures, type ChatTextValues, type ChatWords } from './chat-message-text';
import type { ChatMessage, ChatMessageSection } from './chat-message';

export interface ChatMessageInput {
  kind: ChatPostKind;
  /** The campaign's languages, its first (primary) language first; at least one. */
  languages: readonly Language[];
  organizationName: string;
  campaignName: string;
  /** The department whose group the post goes to; null for the whole campaign. */
  audienceName: string | null;
  invite: ChannelInvite;
  /** For 'link', the department's or the campaign's shared link; for 'access-code', the page to enter a code. */
  surveyUrl: string;
  /** The last day to answer, YYYY-MM-DD; null when the campaign has none. */
  closesOn: string | null;
  /** Whole minutes the questionnaire takes, in each language (reading speeds differ). */
  minutes: Readonly<Record<Language, number>>;
  /** Only read for reminders and the closing notice; null when withheld or unknown. */
  progress: ChatProgress | null;
}

/** A YYYY-MM-DD day spelled out in `language`; anything else (never expected) is shown as it came. */
function spellDate(date: string, words: ChatWords): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  // A day outside its month (2026-02-30, 2026-12-00) or a month past December rolls into another month:
  // show the input rather than a wrong day.
  if (at.getUTCMonth() !== month - 1) return date;
  return words.date(year, month, day);
}

function figuresOf(progress: ChatProgress): ChatFigures {
  return {
    answered: progress.answered,
    headcount: progress.headcount,
    // Rounded down so the post never claims more than was reached: 2 of 3 is 66 %, not 67 %.
    percent: Math.floor((progress.answered * 100) / progress.headcount),
    // A fraction such as 0.7 times 100 is 70.00000000000001: rounded to the percentage HR entered.
    target: Math.round(progress.targetRate * 100),
    unit: progress.unitName,
  };
}

function paragraphsOf(input: ChatMessageInput, words: ChatWords, values: ChatTextValues): string[] {
  // Nobody counted gives no proportion to state (chat-progress.ts never passes one).
  const figures = input.progress === null || input.progress.headcount <= 0 ? null : figuresOf(input.progress);
  switch (input.kind) {
    case 'test':
      return [words.testSetUp(values), words.testNoAction];
    case 'announcement':
      return [
        words.askForView(values),
        words.length(values) +
          (values.closes === null ? '' : `${words.sentenceGap}${words.answerBy(values.closes)}`),
        words.anonymous,
        words.howTo[input.invite],
      ];
    case 'reminder':
      return [
        words.reminder(values),
        figures === null ? words.everyAnswerCounts : words.progressSoFar(figures),
        ...(values.closes === null ? [] : [words.closesOn(values.closes)]),
        `${words.stillAnonymous}${words.sentenceGap}${words.howTo[input.invite]}`,
      ];
    case 'closing':
      return [
        words.closed(values),
        ...(figures === null ? [] : [words.answeredInAll(figures)]),
        words.thanks(values),
      ];
  }
}

/**
 * The post of `input.kind` in each of the campaign's languages, in the campaign's order. Names are inserted
 * as plain text; the platform's adapter escapes them.
 *
 * @example
 * composeChatMessage({ kind: 'reminder', languages: ['en'], campaignName: 'Spring', progress: null, ... }).title
 * // → 'Reminder: Spring'
 */
export function composeChatMessage(input: ChatMessageInput): ChatMessage {
  // A campaign lists each language once; a repeated one would only repeat its section.
  const languages = [...new Set(input.languages)];
  if (languages.length === 0) throw new Error('A chat message needs at least one language.');
  const sections: ChatMessageSection[] = languages.map((language) => {
    const words = CHAT_TEXT[language];
    const values: ChatTextValues = {
      organization: input.organizationName.trim(),
      campaign: input.campaignName.trim(),
      audience: input.audienceName === null ? null : input.audienceName.trim(),
      minutes: input.minutes[language],
      // Stryker disable next-line ConditionalExpression: equivalent, spellDate gives back a null it is handed
      closes: input.closesOn === null ? null : spellDate(input.closesOn, words),
    };
    return {
      language,
      title: words.title[input.kind](values.campaign),
      paragraphs: paragraphsOf(input, words, values),
    };
  });
  const asks = input.kind === 'announcement' || input.kind === 'reminder';
  return {
    title: sections.map((s) => s.title).join(' / '),
    sections,
    action: asks
      ? {
          label: languages.map((l) => CHAT_TEXT[l].actionLabel[input.invite]).join(' / '),
          url: input.surveyUrl,
        }
      : null,
  };
}
