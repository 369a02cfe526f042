import { useSearchParams } from 'react-router';

/** The page's filters live in the address (shareable, back button works); changing one goes back to page 1. */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (!v) next.delete(k);
      else next.set(k, v);
    }
    if (!keepPage) next.delete('trang');
    setParams(next);
  };
  const page = Number(params.get('trang'));
  return { params, update, page: Number.isInteger(page) && page > 1 ? page : 1 };
}
