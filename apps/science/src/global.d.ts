import type * as ReactNamespace from 'react';

declare global {
  interface Window {
    /** The shell's React (set by the shell at start); compared with this app's React to prove one instance. */
    __SKHCN_REACT__?: typeof ReactNamespace;
  }
}
