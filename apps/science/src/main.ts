// Standalone entry (pnpm --filter @skhcn/science dev). In the shell, only ./App and ./PublicResults are loaded.
void import('./standalone');
