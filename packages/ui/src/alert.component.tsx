import type { ReactNode } from 'react';
import { cx } from './class-names.util';

export interface AlertProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
  id?: string;
}

/** Errors and warnings are assertive (role=alert); info and success are polite (role=status). */
export function Alert({ tone = 'info', title, children, id }: AlertProps) {
  const assertive = tone === 'error' || tone === 'warning';
  return (
    <div id={id} className={cx('skh-alert', `skh-alert--${tone}`)} role={assertive ? 'alert' : 'status'}>
      {title ? <p className="skh-alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
