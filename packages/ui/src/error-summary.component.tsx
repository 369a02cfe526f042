import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** id of the field to jump to */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[];
  title?: string;
}

/**
 * The list of problems at the top of a form (GOV.UK pattern): it takes focus when it appears, and each
 * message is a link that moves focus to its field.
 */
export function ErrorSummary({ items, title = 'Chưa thể gửi: vui lòng sửa các mục sau' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const count = items.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div ref={ref} className="skh-alert skh-alert--error skh-error-summary" role="alert" tabIndex={-1}>
      <h2 className="skh-alert__title">{title}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.fieldId}-${i}`}>
            <a
              href={`#${item.fieldId}`}
              onClick={(e) => {
                const target = document.getElementById(item.fieldId);
                if (!target) return;
                e.preventDefault();
                target.scrollIntoView?.({ block: 'center' });
                target.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
