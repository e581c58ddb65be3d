import { nearestNeighbours } from '../src/lib/site/related/rank.ts';
import { seedPapers } from '../tests/support/seed.ts';
const t = (id: string) => seedPapers.find((p) => p.id === id)!.title.slice(0, 40);
for (const [id, ns] of nearestNeighbours(seedPapers, 5, 0)) console.log(t(id).padEnd(40), '|', ns.map((n) => `${n.score.toFixed(3)} ${t(n.id).slice(0, 22)}`).join(' | '));
