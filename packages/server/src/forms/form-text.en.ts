// The wording of the printed forms in English. Korean is form-text.ko.ts (same keys).
export const formTextEn = {
  title: {
    'repair-order': 'Repair order',
    'intake-receipt': 'Intake receipt',
    'return-authorization': 'Return authorization',
    'acceptance-certificate': 'Acceptance certificate',
  },
  statement: {
    'repair-order':
      'The customer asks for the equipment below to be diagnosed and repaired on the terms agreed with the service desk.',
    'intake-receipt':
      'We have received the item below from the customer for service. Please keep this receipt: it is needed to collect the item.',
    'return-authorization':
      'The return below is authorized. Please send the item with the authorization number written on the package.',
    'acceptance-certificate':
      'The customer confirms that the work below is complete and that the item was received in good order.',
  },
  signatures: {
    customer: 'Customer',
    staff: 'Service staff',
    date: 'Date',
    signature: 'Signature',
  },
  header: {
    number: 'No.',
    issued: 'Issued',
    workflow: 'Workflow',
    stage: 'Current stage',
    subject: 'Subject',
    assignee: 'Assignee',
    created: 'Opened',
  },
  sections: {
    summary: 'Summary',
    details: 'Details',
    history: 'History',
    signatures: 'Signatures',
  },
  history: {
    created: 'Opened in {{stage}}',
    moved: '{{from}} → {{to}}',
    edited: 'Details edited',
    migrated: 'Moved to a new workflow version',
    by: 'by {{name}}',
  },
  timeZone: 'Times in UTC',
  footer: '{{number}} · page {{page}} of {{pages}}',
};
