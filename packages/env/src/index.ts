// @skhcn/env: the environment of every process of the platform, validated once.
export * from './env';
