import { Card, SelectField, TextAreaField, TextField } from '@skhcn/ui';

export interface CounterContact {
  representative: string;
  phone: string;
  email: string;
  channel: 'direct' | 'postal';
  note: string;
}

export const emptyContact = (): CounterContact => ({
  representative: '',
  phone: '',
  email: '',
  channel: 'direct',
  note: '',
});

/** 7. At the counter: who brought the dossier, how it came, a note. */
export function CounterSection({
  contact,
  setContact,
}: {
  contact: CounterContact;
  setContact: (changes: Partial<CounterContact>) => void;
}) {
  return (
    <Card title="7. Người nộp hồ sơ tại quầy">
      <div className="skh-row">
        <TextField
          id="contact-representative"
          label="Họ và tên người nộp"
          value={contact.representative}
          onChange={(e) => setContact({ representative: e.target.value })}
        />
        <TextField
          id="contact-phone"
          label="Điện thoại liên hệ"
          type="tel"
          value={contact.phone}
          onChange={(e) => setContact({ phone: e.target.value })}
        />
        <TextField
          id="contact-email"
          label="Thư điện tử nhận thông báo"
          type="email"
          value={contact.email}
          onChange={(e) => setContact({ email: e.target.value })}
        />
      </div>
      <SelectField
        id="contact-channel"
        label="Hình thức nộp"
        options={[
          { value: 'direct', label: 'Trực tiếp tại Bộ phận một cửa' },
          { value: 'postal', label: 'Qua dịch vụ bưu chính' },
        ]}
        value={contact.channel}
        onChange={(e) => setContact({ channel: e.target.value === 'postal' ? 'postal' : 'direct' })}
      />
      <TextAreaField
        id="contact-note"
        label="Ghi chú"
        value={contact.note}
        onChange={(e) => setContact({ note: e.target.value })}
      />
    </Card>
  );
}
