import type * as ReactNamespace from 'react';

declare global {
  interface Window {
    /** The shell's React, set at start so field apps can prove they share it. */
    __SKHCN_REACT__?: typeof ReactNamespace;
  }
}
