// The request for additions (Mẫu 02, only once; the clock stops) and the additions themselves (the applicant
// online, or the counter on the applicant's behalf).
import { TextAreaField } from '@skhcn/ui';
import { FilePicker } from '../../files/file-picker.component';
import type { UploadedFile } from '../../files/file-upload';
import { defineAction, type FieldErrors, optional, type ActionFieldsProps } from '../action-form';
import { NoteField } from '../note-field.component';

interface RequestState {
  /** component key → its name and the reason, for the components ticked */
  items: Record<string, { name: string; reason: string }>;
  other: { name: string; reason: string };
  note: string;
}

function RequestFields({ state, set, errors, detail }: ActionFieldsProps<RequestState>) {
  const setItems = (items: RequestState['items']) => set({ items });
  return (
    <>
      <fieldset className="skh-fieldset">
        <legend id="action-items" tabIndex={-1}>
          Giấy tờ cần bổ sung, hoàn thiện
        </legend>
        {errors.items ? <p className="skh-field__error">{errors.items}</p> : null}
        {detail.procedure.components.map((c) => {
          const checked = state.items[c.key] !== undefined;
          return (
            <div key={c.key}>
              <label className="skh-checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => {
                    const next = { ...state.items };
                    if (e.target.checked) next[c.key] = { name: c.name, reason: '' };
                    else delete next[c.key];
                    setItems(next);
                  }}
                />
                <span>{c.name}</span>
              </label>
              {checked ? (
                <TextAreaField
                  id={`action-item-${c.key}`}
                  label={`Lý do cần bổ sung: ${c.name}`}
                  required
                  rows={2}
                  value={state.items[c.key]?.reason ?? ''}
                  onChange={(e) =>
                    setItems({ ...state.items, [c.key]: { name: c.name, reason: e.target.value } })
                  }
                  error={errors[`item-${c.key}`]}
                />
              ) : null}
            </div>
          );
        })}
        <TextAreaField
          id="action-other-name"
          label="Giấy tờ khác (nếu có)"
          rows={1}
          value={state.other.name}
          onChange={(e) => set({ other: { ...state.other, name: e.target.value } })}
        />
        {state.other.name.trim() ? (
          <TextAreaField
            id="action-item-other"
            label="Lý do cần bổ sung giấy tờ khác"
            required
            rows={2}
            value={state.other.reason}
            onChange={(e) => set({ other: { ...state.other, reason: e.target.value } })}
            error={errors['item-other']}
          />
        ) : null}
        <p className="os-muted">
          Chỉ yêu cầu bổ sung một lần; thời hạn giải quyết tạm dừng cho đến khi nhận đủ giấy tờ.
          {detail.procedure.supplementLimit
            ? ` Người nộp có ${detail.procedure.supplementLimit.amount} ${
                detail.procedure.supplementLimit.unit === 'working_days' ? 'ngày làm việc' : 'ngày'
              } để bổ sung.`
            : ''}
        </p>
      </fieldset>
      <NoteField value={state.note} onChange={(note) => set({ note })} />
    </>
  );
}

export const requestAdditionsAction = defineAction<RequestState>({
  initial: () => ({ items: {}, other: { name: '', reason: '' }, note: '' }),
  Fields: RequestFields,
  validate: (s) => {
    const e: FieldErrors = {};
    const chosen = Object.keys(s.items);
    if (chosen.length === 0 && !s.other.name.trim())
      e.items = 'Vui lòng chọn ít nhất một giấy tờ cần bổ sung.';
    for (const key of chosen)
      if (!s.items[key]?.reason.trim()) e[`item-${key}`] = 'Vui lòng nêu lý do cần bổ sung.';
    if (s.other.name.trim() && !s.other.reason.trim()) e['item-other'] = 'Vui lòng nêu lý do cần bổ sung.';
    return e;
  },
  send: (c, base, s) => {
    const items: { componentKey?: string; name: string; reason: string }[] = Object.entries(s.items).map(
      ([componentKey, item]) => ({ componentKey, name: item.name, reason: item.reason.trim() }),
    );
    return c.requestAdditions.mutate({
      ...base,
      items: [
        ...items,
        ...(s.other.name.trim() ? [{ name: s.other.name.trim(), reason: s.other.reason.trim() }] : []),
      ],
      note: optional(s.note),
    });
  },
});

interface SupplyState {
  files: Record<string, UploadedFile[]>;
  note: string;
}

/** The components the request named (all of them when it named none of the procedure's). */
function requestedKeys(detail: ActionFieldsProps<SupplyState>['detail']): Set<string> {
  return new Set(
    detail.events
      .filter((ev) => ev.action === 'request_additions')
      .flatMap((ev) => {
        const items = ev.data?.items;
        return Array.isArray(items)
          ? items.flatMap((i: unknown) =>
              i && typeof i === 'object' && 'componentKey' in i && typeof i.componentKey === 'string'
                ? [i.componentKey]
                : [],
            )
          : [];
      }),
  );
}

function SupplyFields({ state, set, errors, detail }: ActionFieldsProps<SupplyState>) {
  const requested = requestedKeys(detail);
  const request = detail.events.findLast((e) => e.action === 'request_additions');
  return (
    <>
      {request?.reason ? <p>Cần bổ sung: {request.reason}</p> : null}
      {errors.supplied ? (
        <p id="action-supplied" tabIndex={-1} className="skh-field__error">
          {errors.supplied}
        </p>
      ) : null}
      {detail.procedure.components
        .filter((c) => requested.size === 0 || requested.has(c.key))
        .map((c) => (
          <FilePicker
            key={c.key}
            id={`action-file-${c.key}`}
            label={c.name}
            files={state.files[c.key] ?? []}
            onChange={(files) => set({ files: { ...state.files, [c.key]: files } })}
          />
        ))}
      <NoteField value={state.note} onChange={(note) => set({ note })} />
    </>
  );
}

export const supplyAdditionsAction = defineAction<SupplyState>({
  initial: () => ({ files: {}, note: '' }),
  Fields: SupplyFields,
  validate: (s) =>
    Object.values(s.files).every((f) => f.length === 0)
      ? { supplied: 'Vui lòng đính kèm giấy tờ bổ sung.' }
      : {},
  send: (c, base, s) =>
    c.supplyAdditions.mutate({
      ...base,
      attachments: Object.entries(s.files).flatMap(([componentKey, files]) =>
        files.map((f) => ({ componentKey, fileId: f.id })),
      ),
      note: optional(s.note),
    }),
});
