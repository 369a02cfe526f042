// Standalone entry (pnpm --filter @skhcn/conformity dev). In the shell, only ./App is loaded.
void import('./standalone');
