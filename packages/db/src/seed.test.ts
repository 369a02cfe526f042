import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkTaxCode } from '@skhcn/domain';
import {
  attachDossierFiles,
  dossierSearchText,
  findFile,
  insertDossier,
  insertFile,
  upsertUnits,
} from './repositories';
import {
  attachDemoFileBytes,
  DEMO_FILE_PLACEHOLDER_PREFIX,
  DEMO_USERS,
  type DemoFilePlaceholder,
  type StoredDemoFile,
} from './seed';
import { describeEachDatabase, fixtureOrganisation } from './testing';

describe('demo data', () => {
  it('gives every demo applicant a tax code the intake form accepts (the field is read-only for them)', () => {
    const applicants = DEMO_USERS.flatMap((u) =>
      u.applicant ? [{ username: u.username, applicant: u.applicant }] : [],
    );
    expect(applicants.length).toBeGreaterThan(0);
    for (const u of applicants)
      expect(checkTaxCode(u.applicant.taxCode), u.username).toMatchObject({ valid: true });
  });
});

describeEachDatabase('demo file bytes', (t) => {
  const at = new Date('2026-03-02T02:00:00Z');

  beforeEach(async () => {
    await t.reset();
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
  });

  /** A dossier with a placeholder for its declaration (as the TĐC demo seed records it) and a real upload. */
  async function dossierWithPlaceholder() {
    const applicantName = 'Công ty Cổ phần Thép Hải Phòng';
    const code = 'CCTDC-260302-0001';
    const dossier = await insertDossier(t.db, {
      code,
      procedureCode: 'tdc.hop-quy',
      procedureVersion: '2012.1',
      unitCode: 'CCTDC',
      status: 2,
      applicant: { name: applicantName, taxCode: '0200123457' },
      applicantName,
      applicantTaxCode: '0200123457',
      searchText: dossierSearchText(code, applicantName, '0200123457'),
    });
    const placeholderHash = `${DEMO_FILE_PLACEHOLDER_PREFIX}ban-cong-bo-1a2b`.padEnd(64, '0');
    const placeholder = await insertFile(t.db, {
      sha256: placeholderHash,
      size: 1,
      mime: 'application/pdf',
      originalName: 'ban-cong-bo.pdf',
      storageKey: placeholderHash,
      createdBy: null,
      createdAt: at,
    });
    const realBytes = Buffer.from('%PDF-1.7 tệp thật');
    const realHash = createHash('sha256').update(realBytes).digest('hex');
    const real = await insertFile(t.db, {
      sha256: realHash,
      size: realBytes.length,
      mime: 'application/pdf',
      originalName: 'Giấy chứng nhận đăng ký doanh nghiệp.pdf',
      storageKey: `${realHash.slice(0, 2)}/${realHash}`,
      createdBy: null,
      createdAt: at,
    });
    await attachDossierFiles(
      t.db,
      dossier.id,
      1,
      [
        { fileId: placeholder.id, componentKey: 'ban-cong-bo' },
        { fileId: real.id, componentKey: 'giay-to-san-xuat-kinh-doanh' },
      ],
      at,
    );
    return { dossier, placeholder, real };
  }

  function fakeStore(seen: DemoFilePlaceholder[]) {
    return (file: DemoFilePlaceholder): Promise<StoredDemoFile> => {
      seen.push(file);
      const bytes = Buffer.from(`%PDF-1.7 ${file.componentKey} ${file.dossierCode}`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return Promise.resolve({
        sha256,
        size: bytes.length,
        mime: 'application/pdf',
        originalName: 'Bản công bố hợp quy (mẫu).pdf',
        storageKey: `${sha256.slice(0, 2)}/${sha256}`,
      });
    };
  }

  it('replaces each placeholder by the stored bytes, once, and leaves real uploads alone', async () => {
    const { placeholder, real } = await dossierWithPlaceholder();
    const seen: DemoFilePlaceholder[] = [];

    expect(await attachDemoFileBytes(t.db, fakeStore(seen))).toBe(1);
    expect(seen).toEqual([
      {
        fileId: placeholder.id,
        componentKey: 'ban-cong-bo',
        originalName: 'ban-cong-bo.pdf',
        createdAt: at,
        dossierCode: 'CCTDC-260302-0001',
        procedureCode: 'tdc.hop-quy',
        procedureVersion: '2012.1',
        applicantName: 'Công ty Cổ phần Thép Hải Phòng',
        applicantTaxCode: '0200123457',
      },
    ]);
    const bytes = Buffer.from('%PDF-1.7 ban-cong-bo CCTDC-260302-0001');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(await findFile(t.db, placeholder.id)).toMatchObject({
      sha256,
      size: bytes.length,
      mime: 'application/pdf',
      originalName: 'Bản công bố hợp quy (mẫu).pdf',
      storageKey: `${sha256.slice(0, 2)}/${sha256}`,
    });
    expect(await findFile(t.db, real.id)).toEqual(real);

    // a second start finds nothing left to render
    expect(await attachDemoFileBytes(t.db, fakeStore(seen))).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('refuses bytes without a content hash and keeps the placeholder', async () => {
    const { placeholder } = await dossierWithPlaceholder();
    await expect(
      attachDemoFileBytes(t.db, () =>
        Promise.resolve({
          sha256: 'khong-phai-ma-bam',
          size: 10,
          mime: 'application/pdf',
          originalName: 'x.pdf',
          storageKey: 'x',
        }),
      ),
    ).rejects.toThrow(/no content hash/);
    expect(await findFile(t.db, placeholder.id)).toEqual(placeholder);
  });
});
