// Standalone entry (pnpm --filter @skhcn/dti dev). In the shell, only ./App is loaded.
void import('./standalone');
