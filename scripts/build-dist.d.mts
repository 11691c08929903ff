// Types of scripts/build-dist.mjs for TypeScript importers (test/cli/build-target.test.ts).
/** The esbuild target of dist/: a language level, so regular expression literals stay literals. */
export declare const BUILD_TARGET: string;
