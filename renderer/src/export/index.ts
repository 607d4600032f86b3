export * from './common';
export * from './register';
