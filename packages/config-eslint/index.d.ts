import type { Linter } from 'eslint';

export interface Layer {
  may: string[];
  types?: string[];
  more?: { files: string[]; may: string[] }[];
  why: string;
}

export declare const FIELD_APPS: string[];
export declare const LAYERS: Record<string, Layer>;
export declare function dependencyRules(self: string): Linter.Config[];
export declare function config(opts: {
  self: string;
  react?: boolean;
  tsconfigRootDir: string;
}): Linter.Config[];
