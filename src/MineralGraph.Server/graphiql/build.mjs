// Bundles GraphiQL, React and the page into ../wwwroot/graphiql (graphiql.js, graphiql.css, index.html).
// Run by the server's MSBuild target when the bundle is missing; the output is not committed.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'wwwroot', 'graphiql');
await mkdir(out, { recursive: true });

await build({
  entryPoints: { graphiql: join(here, 'src', 'index.jsx') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'transform',
  loader: { '.js': 'jsx', '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile(join(here, 'src', 'index.html'), join(out, 'index.html'));
console.log(`GraphiQL bundled into ${out}`);
