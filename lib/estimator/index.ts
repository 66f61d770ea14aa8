export * from './validate'
export * from './format'
export * from './estimate'
