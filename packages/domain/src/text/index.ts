// Text helpers shared by every app: accent-insensitive Vietnamese search.
export { normalizeVietnamese, matchesQuery, searchWords } from './vietnamese-text';
export { formatVietnameseDate, formatDong } from './vietnamese-format';
export { findUnsafeText, isUnsafeText, UNSAFE_TEXT_MESSAGE } from './unsafe-text';
