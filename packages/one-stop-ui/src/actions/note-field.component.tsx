import { TextAreaField } from '@skhcn/ui';

/** The optional note of a step. */
export function NoteField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <TextAreaField
      id="action-note"
      label="Ghi chú (nếu có)"
      rows={2}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
