// The documents of a dossier as each person sees them (dossiers.get and dossiers.mine), and the public status page
// its QR code opens (dossiers.lookup with the dossier's key): what the applicant and the counter hand each other.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { schema } from '@skhcn/db';
import { must } from '@skhcn/domain';
import { describeEachDatabase } from '@skhcn/db/testing';
import type { SessionUser } from '../../context';
import { setIntegrations } from '../../integrations/integrations';
import { callerFor } from '../../testing/api-harness';
import { appCodeOf, as, clearDossiers, seedStoryPeople, vn } from '../../testing/one-stop.test-kit';
import { hopQuyDeclaration, nationalSystems, tt28Components } from './conformity.test-kit';

const systems = nationalSystems();
beforeAll(() => systems.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  systems.server.close();
  setIntegrations(undefined);
});

describeEachDatabase('the documents of a dossier and its public status', (t) => {
  let applicant: SessionUser;
  let officer: SessionUser;
  let head: SessionUser;
  let leader: SessionUser;

  beforeAll(async () => {
    ({ applicant, officer, head, leader } = await seedStoryPeople(t.db));
  });
  beforeEach(async () => {
    await clearDossiers(t.db, ['conformity_notice_counters', 'integration_status']);
    systems.reset();
    systems.connect();
  });

  const kinds = (docs: { kind: string }[]) => docs.map((d) => d.kind);

  it('gives the applicant the receipt and the additions request, staff the control sheet too, and the notice once returned', async () => {
    const monday = vn('2026-03-02');
    const filed = await as(t.db, applicant, monday).conformity.submit({
      procedureCode: 'tdc.hop-quy',
      declaration: hopQuyDeclaration(),
      components: await tt28Components(t.db, applicant),
    });
    const id = filed.dossierId;
    const get = async (who: SessionUser, when = monday) =>
      as(t.db, who, when).dossiers.get({ dossierId: id });
    expect((await get(applicant)).documents).toEqual([]);

    let d = (await get(officer)).dossier;
    d = (
      await as(t.db, officer, monday).dossiers.receive({
        mode: 'accept',
        dossierId: id,
        expectedVersion: d.version,
      })
    ).dossier;
    expect(kinds((await get(officer)).documents)).toEqual(['receipt', 'control-sheet']);
    expect((await get(applicant)).documents).toEqual([
      {
        kind: 'receipt',
        label: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
        form: 'Mẫu 01',
        url: `/api/dossiers/${id}/documents/receipt.pdf`,
        result: false,
      },
    ]);

    d = (
      await as(t.db, head, monday).dossiers.assign({
        dossierId: id,
        expectedVersion: d.version,
        assigneeUserId: officer.id,
      })
    ).dossier;
    d = (
      await as(t.db, officer, vn('2026-03-03')).dossiers.requestAdditions({
        dossierId: id,
        expectedVersion: d.version,
        items: [
          { name: 'Giấy chứng nhận hợp quy', reason: 'Bản chụp mờ, không đọc được số giấy chứng nhận' },
        ],
      })
    ).dossier;
    const mine = await as(t.db, applicant, vn('2026-03-03')).dossiers.mine({});
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      code: filed.code,
      status: 5,
      additionsRequested: 'Giấy chứng nhận hợp quy: Bản chụp mờ, không đọc được số giấy chứng nhận',
    });
    expect(kinds(must(mine.items[0], 'the filed dossier').documents)).toEqual([
      'receipt',
      'additions-request',
    ]);

    const files = await tt28Components(t.db, applicant);
    d = (
      await as(t.db, applicant, vn('2026-03-04')).dossiers.supplyAdditions({
        dossierId: id,
        expectedVersion: d.version,
        attachments: [
          { componentKey: 'giay-chung-nhan', fileId: must(files[0]?.fileIds[0], 'the certificate file') },
        ],
      })
    ).dossier;
    d = (
      await as(t.db, officer, vn('2026-03-04')).dossiers.submitForSignature({
        dossierId: id,
        expectedVersion: d.version,
      })
    ).dossier;
    d = (
      await as(t.db, leader, vn('2026-03-05')).dossiers.approve({ dossierId: id, expectedVersion: d.version })
    ).dossier;

    // the notice exists: staff see it at once, the applicant once it is handed over
    const staffDocs = (await get(officer, vn('2026-03-05'))).documents;
    const notice = staffDocs.find((x) => x.kind === 'notice');
    expect(notice).toMatchObject({
      result: true,
      form: null,
      url: expect.stringMatching(/^\/api\/public\/notices\/.+\.pdf$/) as unknown,
    });
    expect(kinds((await get(applicant, vn('2026-03-05'))).documents)).not.toContain('notice');
    await as(t.db, officer, vn('2026-03-06')).dossiers.returnResult({
      dossierId: id,
      expectedVersion: d.version,
    });
    const returned = await as(t.db, applicant, vn('2026-03-06')).dossiers.mine({});
    expect(returned.items[0]).toMatchObject({ status: 10, additionsRequested: null });
    expect(kinds(must(returned.items[0], 'the returned dossier').documents)).toEqual([
      'receipt',
      'additions-request',
      'notice',
    ]);
  });

  it('shows the public status by the code and the QR key, nothing personal, and nothing for a wrong key', async () => {
    const monday = vn('2026-03-02');
    const filed = await as(t.db, officer, monday).conformity.receive({
      procedureCode: 'tdc.hop-quy',
      channel: 'direct',
      declaration: hopQuyDeclaration(),
      components: await tt28Components(t.db, officer),
    });
    const [row] = await t.db.select().from(schema.dossiers).where(eq(schema.dossiers.id, filed.dossierId));
    const key = row?.publicKey ?? '';
    const anonymous = callerFor(t.db).caller;
    const status = await anonymous.dossiers.lookup({ code: filed.code.toLowerCase(), key });
    expect(status).toEqual({
      code: filed.code,
      status: 2,
      statusLabel: 'Được tiếp nhận',
      procedureName: 'Tiếp nhận bản công bố hợp quy (sản phẩm, hàng hóa nhóm 2)',
      deadline: filed.appointmentDate,
    });
    expect(
      await appCodeOf(
        anonymous.dossiers.lookup({ code: filed.code, key: key.replace(/^./, key[0] === 'a' ? 'b' : 'a') }),
      ),
    ).toBe('NOT_FOUND');
    expect(await appCodeOf(anonymous.dossiers.lookup({ code: filed.code }))).toBe('BAD_INPUT');
  });
});
