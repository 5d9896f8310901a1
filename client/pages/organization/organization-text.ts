// The organization page's own words.

export const ORGANIZATION_TEXT = {
  title: 'Organization',
  notFound: 'There is no such organization, or you have no role in it.',
  departments: 'Departments',
  department: 'Department',
  headcount: 'Headcount',
  campaigns: 'Campaigns',
  noCampaign: 'No campaign yet.',
  noCampaignCreate: 'No campaign yet. Create one below to get survey links.',
  report: 'readiness report',
  people: 'People',
  peopleHelp:
    'Everyone with a role in this organization. The owner of this Groundwork installation may do everything and is not listed.',
  nobody: 'Nobody has a role here yet: invite people below.',
  name: 'Name',
  email: 'Email address',
  role: 'Role',
  pending: 'Invitations not yet accepted',
  invitedOn: 'Invited on',
  invite: 'Invite someone',
  inviteHelp:
    'You get a link to send them yourself; Groundwork sends no email. Whoever opens the link chooses a password and gets this role.',
  /** `allows` reads as a verb phrase after the plural: "Executives read the campaigns…". */
  roleAllows: (role: string, allows: string) => `${role}s ${allows}.`,
  headOf: 'Departments they head',
  headOfHelp:
    'They see the figures of these departments and of the whole organization, and no other department.',
  sendInvite: 'Create the invitation link',
  inviting: 'Creating…',
  linkFor: (email: string, role: string) => `Invitation link for ${email} (${role})`,
  linkOnce: (days: number) =>
    `This link is shown only once: copy it now and send it to them. It works once and expires in ${days} days.`,
  link: 'Invitation link',
  copy: 'Copy',
  copied: 'Copied',
};
