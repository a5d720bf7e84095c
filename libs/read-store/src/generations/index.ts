export * from './generation-state';
export * from './generation-view';
export * from './read-model-generations';
