// Loaded into a benchmark BFF with `node --import ./bench/lib/ablate.hook.mjs` when $BENCH_ABLATE names ablations
// (bench/lib/ablations.mjs): rewrites the named lines of the built modules as they load. Never used outside benchmarks.
import { registerHooks } from 'node:module';
import { ablationSettings } from './ablations.mjs';

const { patches } = ablationSettings((process.env.BENCH_ABLATE ?? '').split(',').filter(Boolean));
const byFile = new Map();
for (const p of patches) byFile.set(`/dist/${p.file}`, [...(byFile.get(`/dist/${p.file}`) ?? []), p]);

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    for (const [file, list] of byFile) {
      if (!url.endsWith(file)) continue;
      let source = String(result.source);
      for (const { find, replace } of list) {
        if (!source.includes(find)) throw new Error(`ablation ${process.env.BENCH_ABLATE}: "${find.slice(0, 80)}" is no longer in ${file}; update bench/lib/ablations.mjs`);
        source = source.replace(find, replace);
      }
      return { ...result, source };
    }
    return result;
  },
});
