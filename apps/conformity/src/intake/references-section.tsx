import { parseQcvn, parseTcvn } from '@skhcn/domain';
import { Button, Card, TextField } from '@skhcn/ui';
import { newKey } from './declaration-draft';
import type { SectionProps } from './intake-section';

/** 4. The standards (TCVN) or technical regulations (QCVN) declared, each recognised as it is typed. */
export function ReferencesSection({ draft, set, errors, kind }: SectionProps) {
  const refKind = kind === 'standard' ? 'TCVN' : 'QCVN';
  return (
    <Card title={kind === 'standard' ? '4. Tiêu chuẩn công bố' : '4. Quy chuẩn kỹ thuật'}>
      {kind === 'standard' || kind === 'regulation' ? (
        <TextField
          id="decl-ownNumber"
          label="Số bản công bố của tổ chức, cá nhân"
          hint="Số tổ chức, cá nhân tự ghi trên bản công bố, ví dụ 01/2026/CBHQ (không bắt buộc)."
          value={draft.ownNumber}
          error={errors['decl-ownNumber']}
          onChange={(e) => set({ ownNumber: e.target.value })}
        />
      ) : null}
      {draft.refs.map((r, i) => {
        const parsed = r.text.trim() ? (refKind === 'TCVN' ? parseTcvn(r.text) : parseQcvn(r.text)) : null;
        return (
          <div key={r.key} className="skh-row">
            <TextField
              id={`decl-refs-${i}`}
              label={`${refKind === 'TCVN' ? 'Số hiệu tiêu chuẩn' : 'Số hiệu quy chuẩn'} ${i + 1}`}
              required={i === 0}
              hint={
                parsed
                  ? `Nhận dạng: ${parsed.code}`
                  : refKind === 'TCVN'
                    ? 'Ví dụ: TCVN 6396-20:2017'
                    : 'Ví dụ: QCVN 4:2009/BKHCN'
              }
              value={r.text}
              error={errors[`decl-refs-${i}`]}
              onChange={(e) =>
                set({ refs: draft.refs.map((x) => (x.key === r.key ? { ...x, text: e.target.value } : x)) })
              }
            />
            {draft.refs.length > 1 ? (
              <Button
                variant="link"
                style={{ marginBottom: 'var(--skh-space-4)' }}
                onClick={() => set({ refs: draft.refs.filter((x) => x.key !== r.key) })}
              >
                Xóa<span className="skh-visually-hidden"> số hiệu {i + 1}</span>
              </Button>
            ) : null}
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => set({ refs: [...draft.refs, { key: newKey(), text: '' }] })}>
        Thêm {refKind === 'TCVN' ? 'tiêu chuẩn' : 'quy chuẩn'}
      </Button>
    </Card>
  );
}
