// Realistic cards for the documentation screenshots, made through the API when the server's
// demo data is not there (or thin).
import { createCard, type ApiSession } from './harness.ts';

const repairs: [string, string, string, string[], Record<string, string | number | boolean>][] = [
  ['Espresso machine — boiler leak', 'Café Nord', 'La Marzocco Linea PB', [], {}],
  ['Dishwasher DW-500 — no drain', 'Hotel Aurora', 'Winterhalter PT-M', [], {}],
  [
    'Combi oven — fan noise',
    'Bistro Lumen',
    'Rational iCombi Pro 6-1/1',
    ['start_diagnosis'],
    { underWarranty: true },
  ],
  [
    'Ice maker — low output',
    'Bar Centrale',
    'Hoshizaki IM-45',
    ['start_diagnosis'],
    { underWarranty: false },
  ],
  ['Blast chiller — error E7', 'Hotel Aurora', 'Irinox EasyFresh', ['start_diagnosis'], {}],
  [
    'Fryer — thermostat fault',
    'Burger Lab',
    'Frifri Super 411',
    ['start_diagnosis', 'send_quote'],
    { underWarranty: false, diagnosis: 'Thermostat drifts 20 °C high', quoteAmount: 185 },
  ],
  [
    'Grinder — burrs worn',
    'Roastery 42',
    'Mahlkönig E65S',
    ['start_diagnosis', 'send_quote'],
    { underWarranty: false, diagnosis: 'Burrs worn, motor fine', quoteAmount: 320 },
  ],
  [
    'Slicer — blade guard cracked',
    'Deli Ferro',
    'Berkel 834',
    ['start_diagnosis', 'warranty_start_repair'],
    { underWarranty: true, diagnosis: 'Guard cracked at hinge' },
  ],
  [
    'Refrigerated counter — compressor',
    'Gelato Sole',
    'ISA Millennium',
    ['start_diagnosis', 'warranty_order_parts'],
    { underWarranty: true, diagnosis: 'Compressor seized', partsNeeded: 'Embraco NEK6214' },
  ],
];

export async function seedShowcase(api: ApiSession, meId: string): Promise<void> {
  let serial = 4100;
  for (const [title, customer, equipment, events, fields] of repairs) {
    const base = { customer, equipment, serialNumber: `SN-${serial++}` };
    const { id, etag: created } = await createCard(api, 'repair', title, { ...base, ...fields });
    let etag = created;
    for (const event of events) {
      const moved = await api.call(
        'POST',
        `/api/cards/${id}/transitions`,
        { event },
        { 'If-Match': etag },
      );
      if (moved.status !== 200) break;
      etag = moved.etag ?? etag;
    }
    if (serial % 2 === 0) {
      await api.call('PATCH', `/api/cards/${id}`, { assignee: meId }, { 'If-Match': etag });
    }
  }
}
