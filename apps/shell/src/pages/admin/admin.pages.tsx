// The administrator's screens, loaded on first use (other staff never download them).
export { AccountsPage } from './accounts.page';
export { AccountPage } from './account.page';
export { UnitsPage } from './units.page';
