export interface LiveMessageProps {
  /** The text to announce; empty renders an empty region (kept in the page so later messages are heard). */
  message: string;
  tone?: 'polite' | 'assertive';
}

/** A live region that stays mounted: screen readers announce each new message (saved, errors). */
export function LiveMessage({ message, tone = 'polite' }: LiveMessageProps) {
  return (
    <div
      role={tone === 'assertive' ? 'alert' : 'status'}
      aria-live={tone}
      aria-atomic="true"
      className={message ? 'skh-live skh-live--visible' : 'skh-live'}
    >
      {message}
    </div>
  );
}
