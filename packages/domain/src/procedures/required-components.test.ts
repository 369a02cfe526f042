import { describe, expect, it } from 'vitest';
import { declarableRiskClasses } from '../conformity';
import { must } from '../must';
import { procedureInForce } from './index';
import { missingComponents, requiredComponents } from './required-components';

const keys = (code: string, day: string, answers: Record<string, string>) =>
  requiredComponents(must(procedureInForce(code, day), code), answers).map((c) => c.key);

describe('the components a declaration must carry follow its basis and risk class', () => {
  it.each([
    [
      'hợp quy on self-assessment (TT 28/2012 Điều 14): the process, the test results and the assessment report',
      'tdc.hop-quy',
      '2026-03-02',
      { basis: 'self_assessment' },
      [
        'ban-cong-bo',
        'giay-to-san-xuat-kinh-doanh',
        'quy-trinh-san-xuat',
        'ket-qua-thu-nghiem',
        'bao-cao-danh-gia',
      ],
    ],
    [
      'hợp quy on a designated certifier: the certificate instead',
      'tdc.hop-quy',
      '2026-03-02',
      { basis: 'designated_certifier' },
      ['ban-cong-bo', 'giay-to-san-xuat-kinh-doanh', 'giay-chung-nhan'],
    ],
    [
      'no basis chosen yet: only the unconditional components',
      'tdc.hop-chuan',
      '2026-03-02',
      {},
      ['ban-cong-bo', 'giay-to-san-xuat-kinh-doanh'],
    ],
    [
      'medium risk on self-assessment (NĐ 37/2026): the self-assessment report',
      'tdc.hop-quy',
      '2026-07-01',
      { riskClass: 'medium', basis: 'self_assessment' },
      ['ban-cong-bo', 'bao-cao-tu-danh-gia'],
    ],
    [
      'medium risk on an accredited certifier',
      'tdc.hop-quy',
      '2026-07-01',
      { riskClass: 'medium', basis: 'registered_certifier' },
      ['ban-cong-bo', 'giay-chung-nhan-cong-nhan'],
    ],
    [
      'high risk: the designated certifier’s certificate',
      'tdc.hop-quy',
      '2026-07-01',
      { riskClass: 'high', basis: 'designated_certifier' },
      ['ban-cong-bo', 'giay-chung-nhan-chi-dinh'],
    ],
  ])('%s', (_what, code, day, answers, expected) => {
    expect(keys(code, day, answers)).toEqual(expected);
  });

  it('names what a submission leaves out', () => {
    const v = must(procedureInForce('tdc.hop-quy', '2026-07-01'), 'tdc.hop-quy');
    expect(
      missingComponents(v, ['ban-cong-bo'], { riskClass: 'medium', basis: 'self_assessment' }).map(
        (c) => c.name,
      ),
    ).toEqual([
      'Báo cáo tự đánh giá kèm kết quả thử nghiệm của phòng thử nghiệm được công nhận hoặc được chỉ định',
    ]);
  });

  it('offers only the risk classes a declaration is for (low risk goods declare no hợp quy)', () => {
    expect(declarableRiskClasses('regulation')).toEqual(['medium', 'high']);
    expect(declarableRiskClasses('import_inspection')).toEqual(['high']);
  });
});
