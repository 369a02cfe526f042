import { describe, expect, it } from 'vitest';
import { FORMS, renderLicensingDocument, type LicensingDocumentInput } from './index';
import { qrPayloads, readPdf } from './pdf-inspect.testing';

const licence: LicensingDocumentInput = {
  kind: 'radiation-licence',
  issuer: { parentBodies: ['UBND THÀNH PHỐ HẢI PHÒNG'], name: 'Sở Khoa học và Công nghệ' },
  number: '1/2026/GPBX-QLCN',
  place: 'Hải Phòng',
  issuedOn: '2026-03-02',
  verificationUrl: 'https://dichvucong.skhcn.haiphong.gov.vn/tra-cuu/giay-phep/1%2F2026%2FGPBX-QLCN',
  dossierCode: 'QLCN-260302-0002',
  holder: { name: 'Bệnh viện Đa khoa Hồng Phúc', taxCode: '0201456787', address: 'Số 8 đường Lạch Tray' },
  bases: ['Căn cứ Luật Năng lượng nguyên tử số 94/2025/QH15;'],
  itemsTitle: 'Được tiến hành công việc bức xạ với các thiết bị',
  items: ['Chụp cắt lớp vi tính (CT) Siemens SOMATOM go.Up, số sê-ri SI-108877'],
  validFrom: '2026-03-02',
  validUntil: '2029-03-02',
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', fullName: 'Phạm Văn Minh' },
};

describe('licensing documents', () => {
  it('a radiation licence: title, holder, devices, validity in dd/mm/yyyy, and a QR code that opens its verification page', async () => {
    const pdf = await renderLicensingDocument(licence);
    const { text } = await readPdf(pdf);
    expect(text).toContain(FORMS['radiation-licence'].title);
    expect(text).toContain('Số: 1/2026/GPBX-QLCN');
    expect(text).toContain('Bệnh viện Đa khoa Hồng Phúc');
    expect(text).toContain('số sê-ri SI-108877');
    expect(text).toContain('đến hết ngày 02/03/2029');
    expect(await qrPayloads(pdf, 1)).toEqual([licence.verificationUrl]);
  });

  it('a confirmation without a term says it is valid from signing', async () => {
    const { text } = await readPdf(
      await renderLicensingDocument({
        ...licence,
        kind: 'declaration-confirmation',
        validUntil: undefined,
        validFrom: undefined,
      }),
    );
    expect(text).toContain(FORMS['declaration-confirmation'].title);
    expect(text).toContain('có hiệu lực kể từ ngày ký');
  });
});
