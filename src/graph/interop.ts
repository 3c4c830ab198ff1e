/**
 * Some graphology packages are CommonJS whose typings say `export default`. Node and bundlers hand
 * an ES module the `module.exports` function itself; TypeScript expects it under `.default`.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
