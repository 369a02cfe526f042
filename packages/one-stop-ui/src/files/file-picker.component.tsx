import { useState, type ChangeEvent } from 'react';
import { Button, formatFileSize } from '@skhcn/ui';
import { ACCEPT_ATTRIBUTE, uploadFile, UploadError, type UploadedFile } from './file-upload';

export interface FilePickerProps {
  /** id of the file input (error summary links jump here) */
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  /** a validation message from the form (e.g. a required component without a file) */
  error?: string;
}

const typeLabel = (mime: string) =>
  mime === 'application/pdf' ? 'PDF' : mime === 'image/png' ? 'PNG' : mime === 'image/jpeg' ? 'JPEG' : mime;

/**
 * Files of one dossier component: each chosen file is checked (10 MB, PDF/PNG/JPEG) and uploaded at once to
 * POST /api/files; the list shows name, type and size, and every problem is written next to the field.
 */
export function FilePicker({ id, label, hint, required, files, onChange, error }: FilePickerProps) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = '';
    if (picked.length === 0) return;
    setBusy(true);
    const added: UploadedFile[] = [];
    const errors: string[] = [];
    for (const file of picked) {
      try {
        added.push(await uploadFile(file));
      } catch (err) {
        errors.push(err instanceof UploadError ? err.message : `Không tải được tệp “${file.name}” lên.`);
      }
    }
    setBusy(false);
    setProblems(errors);
    if (added.length) onChange([...files, ...added]);
  };

  const messages = [...(error ? [error] : []), ...problems];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length ? `${id}-error` : undefined;
  return (
    <div className="skh-field">
      <label
        htmlFor={id}
        className={required ? 'skh-field__label skh-field__label--required' : 'skh-field__label'}
      >
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="skh-field__hint">
          {hint}
        </span>
      ) : null}
      <span id={errorId} className="skh-field__error" role={messages.length ? 'alert' : undefined}>
        {messages.map((m) => (
          <span key={m} style={{ display: 'block' }}>
            {m}
          </span>
        ))}
      </span>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        onChange={(e) => void onPick(e)}
        aria-required={required || undefined}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-busy={busy || undefined}
      />
      {busy ? (
        <span role="status" className="os-muted">
          Đang tải tệp lên…
        </span>
      ) : null}
      {files.length > 0 ? (
        <ul className="os-files" aria-label={`Tệp đã đính kèm: ${label}`}>
          {files.map((f) => (
            <li key={f.id}>
              <span>
                {f.originalName} ({typeLabel(f.mime)}, {formatFileSize(f.size)})
              </span>
              <Button
                variant="link"
                size="small"
                onClick={() => onChange(files.filter((x) => x.id !== f.id))}
              >
                Gỡ<span className="skh-visually-hidden"> tệp {f.originalName}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
