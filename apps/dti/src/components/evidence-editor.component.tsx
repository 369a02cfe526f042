import { useState, type ChangeEvent } from 'react';
import { UPLOAD_ACCEPT_ATTRIBUTE, uploadFile, UploadError } from '@skhcn/api-client';
import { Button, DateField, formatFileSize, TextAreaField, TextField } from '@skhcn/ui';
import type { EvidenceInput, EvidenceView } from '../api-types';
import { must } from '@skhcn/domain';

/** One piece of evidence as the form holds it. */
export interface EvidenceDraft {
  key: string;
  documentNumber: string;
  title: string;
  issuedOn: string;
  summary: string;
  url: string;
  file: { id: string; originalName: string; mime: string; size: number } | null;
}

let nextKey = 1;

export function emptyEvidence(): EvidenceDraft {
  return {
    key: `e${nextKey++}`,
    documentNumber: '',
    title: '',
    issuedOn: '',
    summary: '',
    url: '',
    file: null,
  };
}

export function evidenceDraftOf(e: EvidenceView): EvidenceDraft {
  return {
    key: `e${nextKey++}`,
    documentNumber: e.documentNumber ?? '',
    title: e.title,
    issuedOn: e.issuedOn ?? '',
    summary: e.summary ?? '',
    url: e.url ?? '',
    file: e.file,
  };
}

/** The evidence to send, and the problems of each row (by field id) in Vietnamese. */
export function evidenceInputs(
  idPrefix: string,
  drafts: readonly EvidenceDraft[],
): { evidence: EvidenceInput[]; problems: { fieldId: string; message: string }[] } {
  const problems: { fieldId: string; message: string }[] = [];
  const evidence = drafts.map((d, i) => {
    const n = i + 1;
    if (!d.title.trim())
      problems.push({
        fieldId: `${idPrefix}-${i}-title`,
        message: `Minh chứng ${n}: nhập trích yếu hoặc tên tài liệu.`,
      });
    if (!d.documentNumber.trim() && !d.file && !d.url.trim())
      problems.push({
        fieldId: `${idPrefix}-${i}-number`,
        message: `Minh chứng ${n}: cần số văn bản, tệp đính kèm hoặc đường dẫn.`,
      });
    if (d.url.trim() && !/^https?:\/\/\S+$/i.test(d.url.trim()))
      problems.push({
        fieldId: `${idPrefix}-${i}-url`,
        message: `Minh chứng ${n}: đường dẫn phải bắt đầu bằng http:// hoặc https://.`,
      });
    return {
      title: d.title.trim(),
      ...(d.documentNumber.trim() ? { documentNumber: d.documentNumber.trim() } : {}),
      ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
      ...(d.summary.trim() ? { summary: d.summary.trim() } : {}),
      ...(d.url.trim() ? { url: d.url.trim() } : {}),
      ...(d.file ? { fileId: d.file.id } : {}),
    };
  });
  return { evidence, problems };
}

const typeLabel = (mime: string) =>
  mime === 'application/pdf' ? 'PDF' : mime === 'image/png' ? 'PNG' : mime === 'image/jpeg' ? 'JPEG' : mime;

export interface EvidenceEditorProps {
  idPrefix: string;
  drafts: EvidenceDraft[];
  onChange: (drafts: EvidenceDraft[]) => void;
  errors?: Record<string, string>;
  disabled?: boolean;
}

/** Evidence of one item: the document cited (number, title, date, summary), a file and/or a link, as many as needed. */
export function EvidenceEditor({ idPrefix, drafts, onChange, errors = {}, disabled }: EvidenceEditorProps) {
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadProblem, setUploadProblem] = useState<Record<string, string>>({});
  const update = (i: number, change: Partial<EvidenceDraft>) =>
    onChange(drafts.map((d, j) => (j === i ? { ...d, ...change } : d)));

  const onPick = async (i: number, e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const key = must(drafts[i], 'drafts[i]').key;
    setUploading(key);
    setUploadProblem((p) => ({ ...p, [key]: '' }));
    try {
      const uploaded = await uploadFile(file);
      update(i, {
        file: uploaded,
        title: must(drafts[i], 'drafts[i]').title || file.name.replace(/\.[^.]+$/, ''),
      });
    } catch (err) {
      setUploadProblem((p) => ({
        ...p,
        [key]: err instanceof UploadError ? err.message : `Không tải được tệp “${file.name}” lên.`,
      }));
    } finally {
      setUploading(null);
    }
  };

  return (
    <div className="dti-evidence">
      {drafts.length === 0 ? <p className="dti-muted">Chưa có minh chứng.</p> : null}
      {drafts.map((d, i) => {
        const id = `${idPrefix}-${i}`;
        return (
          <fieldset key={d.key} className="skh-fieldset">
            <legend>Minh chứng {i + 1}</legend>
            <div className="dti-grid">
              <TextField
                id={`${id}-number`}
                label="Số, ký hiệu văn bản"
                hint="Ví dụ 15/KH-UBND"
                value={d.documentNumber}
                disabled={disabled}
                error={errors[`${id}-number`]}
                onChange={(e) => update(i, { documentNumber: e.target.value })}
              />
              <DateField
                id={`${id}-date`}
                label="Ngày ban hành"
                value={d.issuedOn}
                disabled={disabled}
                onChange={(issuedOn) => update(i, { issuedOn })}
              />
            </div>
            <TextField
              id={`${id}-title`}
              label="Trích yếu, tên tài liệu"
              required
              value={d.title}
              disabled={disabled}
              error={errors[`${id}-title`]}
              onChange={(e) => update(i, { title: e.target.value })}
            />
            <TextAreaField
              id={`${id}-summary`}
              label="Tóm tắt nội dung"
              rows={2}
              value={d.summary}
              disabled={disabled}
              onChange={(e) => update(i, { summary: e.target.value })}
            />
            <TextField
              id={`${id}-url`}
              label="Đường dẫn"
              type="url"
              hint="Địa chỉ trang thông tin hoặc hệ thống có minh chứng"
              value={d.url}
              disabled={disabled}
              error={errors[`${id}-url`]}
              onChange={(e) => update(i, { url: e.target.value })}
            />
            <div className="skh-field">
              <label className="skh-field__label" htmlFor={`${id}-file`}>
                Tệp đính kèm (PDF, PNG, JPEG; tối đa 10 MB)
              </label>
              {uploadProblem[d.key] ? (
                <span className="skh-field__error" role="alert">
                  {uploadProblem[d.key]}
                </span>
              ) : null}
              <input
                id={`${id}-file`}
                type="file"
                accept={UPLOAD_ACCEPT_ATTRIBUTE}
                disabled={disabled || uploading === d.key}
                aria-busy={uploading === d.key || undefined}
                onChange={(e) => void onPick(i, e)}
              />
              {uploading === d.key ? (
                <span role="status" className="dti-muted">
                  Đang tải tệp lên…
                </span>
              ) : null}
              {d.file ? (
                <p className="dti-file">
                  <a href={`/api/files/${d.file.id}`}>{d.file.originalName}</a> ({typeLabel(d.file.mime)},{' '}
                  {formatFileSize(d.file.size)}){' '}
                  {!disabled ? (
                    <Button variant="link" size="small" onClick={() => update(i, { file: null })}>
                      Gỡ<span className="skh-visually-hidden"> tệp {d.file.originalName}</span>
                    </Button>
                  ) : null}
                </p>
              ) : null}
            </div>
            {!disabled ? (
              <Button
                variant="secondary"
                size="small"
                onClick={() => onChange(drafts.filter((_, j) => j !== i))}
              >
                Xóa minh chứng {i + 1}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      {!disabled ? (
        <Button variant="secondary" size="small" onClick={() => onChange([...drafts, emptyEvidence()])}>
          Thêm minh chứng
        </Button>
      ) : null}
    </div>
  );
}

/** Evidence as read-only text (review, accepted items). */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceView[] }) {
  if (evidence.length === 0) return <p className="dti-muted">Không có minh chứng.</p>;
  return (
    <ul className="dti-evidence-list">
      {evidence.map((e) => (
        <li key={e.id}>
          {e.documentNumber ? <strong>{e.documentNumber}</strong> : null}
          {e.documentNumber ? ' — ' : null}
          {e.title}
          {e.issuedOn ? ` (${e.issuedOn.split('-').reverse().join('/')})` : null}
          {e.summary ? <span className="dti-muted">. {e.summary}</span> : null}
          {e.file ? (
            <>
              {' · '}
              <a href={e.file.downloadUrl}>Tệp: {e.file.originalName}</a>
            </>
          ) : null}
          {e.url ? (
            <>
              {' · '}
              <a href={e.url} target="_blank" rel="noreferrer">
                Đường dẫn<span className="skh-visually-hidden"> của minh chứng {e.title}</span>
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
