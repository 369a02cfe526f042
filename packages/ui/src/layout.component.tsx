import { useId, type ReactNode } from 'react';
import { cx } from './class-names.util';

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's one h1, with an optional description and actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <div className="skh-page-header">
      <div>
        <h1 className="skh-page-header__title">{title}</h1>
        {description ? <p className="skh-page-header__description">{description}</p> : null}
      </div>
      {actions ? <div>{actions}</div> : null}
    </div>
  );
}

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title; 2 by default. */
  level?: 2 | 3 | 4;
  children?: ReactNode;
  className?: string;
  as?: 'section' | 'article' | 'div';
}

/** A titled section; a section or article is labelled by its title (a named region for screen readers). */
export function Card({ title, level = 2, children, className, as: Tag = 'section' }: CardProps) {
  const Heading = `h${level}` as const;
  const headingId = useId();
  const labelled = title && Tag !== 'div' ? headingId : undefined;
  return (
    <Tag className={cx('skh-card', className)} aria-labelledby={labelled}>
      {title ? (
        <Heading id={headingId} className="skh-card__title">
          {title}
        </Heading>
      ) : null}
      {children}
    </Tag>
  );
}

export interface BadgeProps {
  tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger';
  children: ReactNode;
}

export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={cx('skh-badge', tone !== 'neutral' && `skh-badge--${tone}`)}>{children}</span>;
}

export interface SkipLinkProps {
  /** id of the main landmark, without '#'. */
  targetId?: string;
  children?: ReactNode;
}

/** First focusable element of the page: jumps to the main content. */
export function SkipLink({ targetId = 'main', children = 'Bỏ qua, đến nội dung chính' }: SkipLinkProps) {
  return (
    <a className="skh-skip-link" href={`#${targetId}`}>
      {children}
    </a>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="skh-visually-hidden">{children}</span>;
}
