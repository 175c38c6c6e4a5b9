// Bundles the explorer (src/main.js + Cytoscape.js + fCoSE) into ../wwwroot/explorer: explorer.js, explorer.css,
// index.html. Run by the MSBuild target in ../Explorer/Explorer.targets when the bundle is missing or older than its
// sources; the output is not committed.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'wwwroot', 'explorer');
await mkdir(out, { recursive: true });

await build({
  entryPoints: { explorer: join(here, 'src', 'main.js') },
  outdir: out,
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile(join(here, 'src', 'explorer.css'), join(out, 'explorer.css'));
await copyFile(join(here, 'src', 'index.html'), join(out, 'index.html'));
console.log(`Explorer bundled into ${out}`);
