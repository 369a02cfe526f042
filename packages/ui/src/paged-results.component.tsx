import type { ReactNode } from 'react';
import { ErrorState } from './error-state.component';
import { EmptyState, LoadingState } from './loading.component';
import { Pagination } from './pagination.component';

/** What a paged list answers: the page's items and how many match in all. */
export interface PagedData {
  page: number;
  pageSize: number;
  total: number;
  /** `total` is a lower bound: counting stopped at a cap (the summary says “hơn …”) */
  totalCapped?: boolean;
}

/** The part of a query result the list needs (a @tanstack/react-query result fits). */
export interface PagedQuery<T extends PagedData> {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  isFetching: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

export interface PagedResultsProps<T extends PagedData> {
  query: PagedQuery<T>;
  /** What is counted, e.g. "hồ sơ" */
  noun: string;
  loadingLabel: string;
  errorTitle: string;
  /** The Vietnamese message of an error (e.g. getErrorMessage of @skhcn/api-client) */
  errorMessage: (error: unknown) => ReactNode;
  empty: { title: string; description?: ReactNode };
  onPageChange: (page: number) => void;
  /** The items of the page */
  children: (data: T) => ReactNode;
}

/**
 * A paged list's states in one place: loading, an error with a way to retry, a polite count of what was found
 * (“Tìm thấy hơn 1.000 hồ sơ” when the count is capped), the empty state, the items and the pagination.
 */
export function PagedResults<T extends PagedData>({
  query,
  noun,
  loadingLabel,
  errorTitle,
  errorMessage,
  empty,
  onPageChange,
  children,
}: PagedResultsProps<T>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError || !query.isSuccess || !query.data) {
    return (
      <ErrorState
        title={errorTitle}
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const data = query.data;
  const count = new Intl.NumberFormat('vi-VN').format(data.total);
  return (
    <>
      <p role="status" aria-live="polite">
        {data.total === 0
          ? ''
          : `Tìm thấy ${data.totalCapped ? 'hơn ' : ''}${count} ${noun}${query.isFetching ? ' (đang cập nhật…)' : ''}.`}
      </p>
      {data.total === 0 ? <EmptyState title={empty.title} description={empty.description} /> : children(data)}
      <Pagination
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        totalCapped={data.totalCapped ?? false}
        noun={noun}
        onPageChange={onPageChange}
      />
    </>
  );
}
