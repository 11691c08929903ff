// Types for Vite's `?raw` imports (a file's content as a string).
declare module "*?raw" {
  const text: string;
  export default text;
}
