// Async boundary: module federation initialises shared modules before the app's code runs.
void import('./bootstrap');
