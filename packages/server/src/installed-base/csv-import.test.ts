import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager, viewer } from '../../test/helpers/fixtures.ts';

eachStore('CSV import and export of the installed base', (t) => {
  async function upload(app: Awaited<ReturnType<typeof domainTestApp>>, path: string, csv: string) {
    const res = await app.request(path, {
      method: 'POST',
      headers: { ...authHeaders(app, manager), 'content-type': 'text/csv' },
      body: csv,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = await res.json();
    return { status: res.status, json };
  }
  const count = async (app: Awaited<ReturnType<typeof domainTestApp>>, path: string) =>
    (await call(app, 'GET', path, { as: viewer })).json.total as number;

  it('imports customers, then equipment owned by name, and exports them for a round trip', async () => {
    const app = await domainTestApp(t.store);
    const customers = await upload(
      app,
      '/api/customers/import',
      'name,email,phone,address\nBäckerei Huber,office@huber.example,+43 1 234,"Hauptstraße 1\n1010 Wien"\nCafé Lindner,,,\n',
    );
    expect(customers).toMatchObject({ status: 200, json: { created: 2, updated: 0 } });
    const units = await upload(
      app,
      '/api/equipment/import',
      'serialNumber,product,customerName,purchaseDate,warrantyMonths\nDM40-1,Dough mixer,bäckerei huber,2024-06-02,24\nGS3-9,Espresso GS3,,2023-01-10,\n',
    );
    expect(units).toMatchObject({ status: 200, json: { created: 2, updated: 0 } });
    const mixer = (await call(app, 'GET', '/api/equipment?q=dm40', { as: viewer })).json.items[0];
    expect(mixer).toMatchObject({ customerName: 'Bäckerei Huber', warrantyExpires: '2026-06-02' });

    const exported = await app.request('/api/equipment/export', {
      headers: authHeaders(app, viewer),
    });
    expect(exported.headers.get('content-type')).toContain('text/csv');
    const text = await exported.text();
    expect(text.split('\n')[0]).toBe(
      'id,serialNumber,product,model,customerId,customerName,purchaseDate,warrantyMonths,contractExpires,notes',
    );
    // Importing the export again changes nothing but updates every unit in place.
    const again = await upload(
      app,
      '/api/equipment/import',
      text.replace('Dough mixer', 'Mixer DM-40'),
    );
    expect(again).toMatchObject({ status: 200, json: { created: 0, updated: 2 } });
    expect(await count(app, '/api/equipment')).toBe(2);
    const customersCsv = await (
      await app.request('/api/customers/export', { headers: authHeaders(app, viewer) })
    ).text();
    expect(customersCsv).toContain('"Hauptstraße 1\n1010 Wien"');
  });

  it('imports nothing when any row is bad, listing every problem by line and column', async () => {
    const app = await domainTestApp(t.store);
    await upload(app, '/api/customers/import', 'name\nBäckerei Huber\n');
    const csv = [
      'serialNumber,product,customerName,purchaseDate,warrantyMonths',
      'OK-1,Mixer,Bäckerei Huber,2024-06-02,24',
      'OK-2,"Oven with a',
      'two-line name",,2024-02-30,12',
      ',Kettle,,,',
      'ok-1,Mixer again,,,',
      'OK-3,Fridge,Nobody GmbH,,two',
    ].join('\n');
    const res = await upload(app, '/api/equipment/import', csv);
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('csv-invalid');
    expect(res.json.errors).toEqual([
      { line: 3, column: 'purchaseDate', message: 'This is not a real date.' },
      { line: 5, column: 'serialNumber', message: expect.any(String) },
      { line: 6, column: 'serialNumber', message: 'Serial number ok-1 is already on line 2.' },
      { line: 7, column: 'customerName', message: 'There is no customer called "Nobody GmbH".' },
      { line: 7, column: 'warrantyMonths', message: expect.any(String) },
    ]);
    expect(res.json.detail).toMatch(/^5 problems in the file, so nothing was imported\. line 3/);
    expect(await count(app, '/api/equipment')).toBe(0);
  });

  it('refuses unknown columns, ragged rows and broken quoting before reading any row', async () => {
    const app = await domainTestApp(t.store);
    const unknown = await upload(app, '/api/customers/import', 'name,colour\nA,red\n');
    expect(unknown.json.errors).toEqual([
      { line: 1, column: 'colour', message: expect.stringContaining('Unknown column "colour"') },
    ]);
    const ragged = await upload(app, '/api/customers/import', 'name,email\nA\nB,b@x.example\n');
    expect(ragged.json.errors).toEqual([
      { line: 2, column: null, message: 'This row has 1 cells; the header has 2.' },
    ]);
    const quote = await upload(app, '/api/customers/import', 'name\n"Unclosed\n');
    expect(quote.status).toBe(422);
    expect(quote.json.errors[0]).toMatchObject({ column: null });
    expect(await count(app, '/api/customers')).toBe(0);
  });

  it('asks for CSV and lets only writers import', async () => {
    const app = await domainTestApp(t.store);
    const json = await call(app, 'POST', '/api/customers/import', { as: manager, body: {} });
    expect(json.status).toBe(415);
    const asViewer = await app.request('/api/customers/import', {
      method: 'POST',
      headers: { ...authHeaders(app, viewer), 'content-type': 'text/csv' },
      body: 'name\nA\n',
    });
    expect(asViewer.status).toBe(403);
  });
});
