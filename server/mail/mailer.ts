// What the routes need from an outgoing-mail service, and nothing more: the SMTP implementation sits
// behind it, and tests of the routes pass a fake that records what would have been sent.

/** One plain-text message to one person. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the mail server accepted the message; rejects with a short reason an HR person can read. */
  send(mail: OutgoingMail): Promise<void>;
  /** Lets go of connections at shutdown; messages already handed over are finished first. */
  close(): Promise<void>;
}
