// What a chat post says, before any platform's format: a title and paragraphs of plain text in each of the
// campaign's languages, and at most one action (the survey's address). Each platform's adapter
// (server/chat/platforms/) turns it into that platform's card and escapes the text for its markup.

import type { Language } from '../../../shared/languages';

export interface ChatMessageSection {
  language: Language;
  title: string;
  /** Plain text, no markup: the adapters escape it for their platform. */
  paragraphs: string[];
}

export interface ChatMessage {
  /** The card's header: each language's title, the campaign's first language first, joined by " / ". */
  title: string;
  /** One per campaign language, in the campaign's order. */
  sections: ChatMessageSection[];
  /** The button (a plain link where the platform's format has no buttons); null for none. */
  action: { label: string; url: string } | null;
}
