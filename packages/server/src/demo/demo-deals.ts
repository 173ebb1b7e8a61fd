// Sales deals for service contracts and equipment, at every stage of the pipeline.
import type { DayFn, DemoCard } from './demo-script.ts';

export function demoDeals(day: DayFn): DemoCard[] {
  const deal = (
    title: string,
    customer: string,
    amount: number | null,
    createdDaysAgo: number,
    steps: DemoCard['steps'],
    extra: DemoCard['fields'] = {},
  ): DemoCard => ({
    workflow: 'deal',
    title,
    createdDaysAgo,
    fields: {
      customer,
      ...(amount === null ? {} : { amount }),
      contactEmail: `purchasing@${customer.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      expectedClose: day(createdDaysAgo - 45),
      ...extra,
    },
    steps,
  });
  return [
    deal('Service contract renewal 2026', 'Hoffmann Bau GmbH', null, 1, [], {
      productInterest: 'Full-service contract for 40 power tools',
    }),
    deal('Fleet of 12 pressure washers', 'CleanCity Facility Services', 18_400, 3, [
      { event: 'qualify', after: 1 },
    ]),
    deal(
      'Workshop calibration package',
      'Nordlicht Elektro',
      6_250,
      12,
      [
        { event: 'qualify', after: 2 },
        { event: 'schedule_demo', after: 3 },
      ],
      { productInterest: 'Annual calibration of measuring equipment' },
    ),
    deal(
      'Robotic mowers for golf course',
      'Green Valley Golf Club',
      27_900,
      20,
      [
        { event: 'qualify', after: 1 },
        { event: 'schedule_demo', after: 4 },
        { event: 'send_proposal', after: 6 },
      ],
      { productInterest: 'Husqvarna Automower 550 EPOS x6' },
    ),
    deal('Coffee machine service for 9 branches', 'Bäckerei Krume & Co', 9_800, 30, [
      { event: 'qualify', after: 2 },
      { event: 'send_proposal', after: 5 },
      { event: 'start_negotiation', after: 7 },
    ]),
    deal('Extended warranty bundle', 'Alpen Hotels AG', 14_300, 40, [
      { event: 'qualify', after: 1 },
      { event: 'schedule_demo', after: 5 },
      { event: 'send_proposal', after: 6 },
      { event: 'start_negotiation', after: 9 },
      { event: 'mark_won', fields: { contractNumber: 'SC-2026-0142' }, after: 8 },
    ]),
    deal('Chainsaw maintenance contract', 'Forstbetrieb Weber', 4_200, 35, [
      { event: 'qualify', after: 3 },
      { event: 'send_proposal', after: 6 },
      { event: 'mark_lost', fields: { lostReason: 'price' }, after: 12 },
    ]),
    deal('Laundry equipment leasing', 'Seniorenresidenz am Park', 31_500, 50, [
      { event: 'qualify', after: 2 },
      { event: 'schedule_demo', after: 5 },
      { event: 'mark_lost', fields: { lostReason: 'competitor' }, after: 10 },
      { event: 'reopen', after: 20 },
    ]),
    deal('Site tools starter kit', 'Müller Dachdeckerei', 3_900, 6, [
      { event: 'mark_lost', fields: { lostReason: 'no_budget' }, after: 4 },
    ]),
    deal('Annual inspection of 25 forklifts', 'LogiPark Distribution', 11_750, 9, [
      { event: 'qualify', after: 1 },
      { event: 'send_proposal', after: 3 },
    ]),
  ];
}
