/**
 * A deterministic generator of Daily Papers dumps in the seed's format, for benchmarks.
 *
 * A paper is a pure function of `(seed, index)`: the same index in two dumps is the same paper (same
 * title, abstract, authors, publication day), so a corpus over many dumps with repeats is just a list of
 * indices per dump. What varies per dump is what varies on the page: the comment count, and whether the
 * date line shows the year.
 *
 * Realism: titles with LaTeX now and then and a few non-ASCII ones; abstracts of 1,000–1,900 characters
 * in the field's vocabulary, some with URLs (some broken as `https: //…`); author counts, doubled
 * organisation names and entries without a metadata block; dates with and without year and comment count.
 */

/** Options of {@link generateDump}. */
export interface GenerateOptions {
  /** The dump's date, `YYYY-MM-DD`: the page date in the chrome and the reference for year-less dates. */
  date: string;
  /** Seed of the corpus: the same seed and index always give the same paper. */
  seed: number;
  /** The papers in the dump, by index, in page order; repeats across dumps are shared indices. */
  indices?: readonly number[];
  /** Without `indices`: `count` papers from `startIndex` (default 0). */
  count?: number;
  startIndex?: number;
  /**
   * Papers are published on or before this day, up to three years earlier (default: `date`). For a
   * corpus over many dumps pass the first dump's date, so no paper is published after a dump holding it.
   */
  publishedBefore?: string;
  /** Write the page chrome above the entries (default true). */
  chrome?: boolean;
}

/** One generated paper, independent of any dump. */
export interface GeneratedPaper {
  title: string;
  abstract: string;
  /** What the metadata block shows. */
  meta: { kind: 'authors'; count: number } | { kind: 'organization'; name: string } | { kind: 'none' };
  /** `YYYY-MM-DD`. */
  publishedOn: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/** Small, fast, good enough: mulberry32. Returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one 32-bit seed. */
function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number): boolean => random() < p;
const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

const SYLLABLES = [
  've',
  'lo',
  'ra',
  'mi',
  'tor',
  'ka',
  'zen',
  'lu',
  'mos',
  'qui',
  'dra',
  'nex',
  'sol',
  'phi',
  'ar',
];
const ACCENTED = ['é', 'ü', 'ö', 'à', 'ñ'];
const TOPICS = [
  'Text Embeddings',
  'Dense Retrieval',
  'Learned Sparse Retrieval',
  'Code Generation',
  'Speech Recognition',
  'Text-to-Speech',
  'Time Series Forecasting',
  'Mixture of Experts',
  'State Space Models',
  'Vision Transformers',
  'Multimodal LLMs',
  'Diffusion Models',
  'Video Generation',
  'Instruction Tuning',
  'Long-Context Language Models',
  'Reinforcement Learning from Human Feedback',
  'Quantization',
  'Speculative Decoding',
  'Graph Neural Networks',
  'Retrieval-Augmented Generation',
];
const TITLE_TEMPLATES = [
  (t: string, u: string) => `Scaling ${t} with ${u}`,
  (t: string, u: string) => `Towards Efficient ${t} via ${u}`,
  (t: string) => `On the Limits of ${t}`,
  (t: string, u: string) => `${t} Meets ${u}`,
  (t: string) => `Revisiting ${t}: A Comprehensive Study`,
  (t: string, u: string) => `Unified ${t} and ${u} in One Model`,
  (t: string) => `What Makes ${t} Work? An Empirical Analysis`,
];
const SENTENCES = [
  (t: string, u: string) =>
    `Recent advances in ${t.toLowerCase()} have shown remarkable progress, yet ${u.toLowerCase()} remains largely unexplored.`,
  (t: string) =>
    `Existing approaches to ${t.toLowerCase()} rely on costly supervision and scale poorly with sequence length.`,
  (t: string, u: string) =>
    `In this work, we propose a simple framework that combines ${t.toLowerCase()} with ${u.toLowerCase()} without altering the underlying architecture.`,
  () =>
    `Specifically, we introduce a lightweight adapter that is trained in two stages and adds less than 2% of parameters.`,
  (t: string) =>
    `We evaluate on twelve public benchmarks for ${t.toLowerCase()} and report consistent gains of 3.1 to 7.4 points over strong baselines.`,
  () =>
    `Ablation studies show that each component contributes, and that the gains grow with model size from 1.3B to 70B parameters.`,
  (t: string) =>
    `Furthermore, our analysis reveals why ${t.toLowerCase()} degrades under distribution shift, and how to mitigate it.`,
  () =>
    `Compared to prior methods, our approach reduces inference latency by up to 2.4x while using 38% less GPU memory.`,
  (t: string, u: string) =>
    `We also release a new dataset of 1.2M examples that pairs ${t.toLowerCase()} with annotations for ${u.toLowerCase()}.`,
  () =>
    `Theoretical results establish convergence under mild assumptions, matching the empirical behaviour we observe.`,
  () => `Human evaluation confirms that the outputs are preferred in 71% of pairwise comparisons.`,
];
const ORGANIZATIONS = [
  'Sony',
  'Google DeepMind',
  'Meta AI',
  'NVIDIA',
  'Microsoft Research',
  'Alibaba Qwen',
  'École Polytechnique',
];

/** A name unique to the index: syllables, then the index in base 36 (`Veloka-3F`). */
function modelName(random: Random, index: number): string {
  let name = '';
  for (let i = between(random, 2, 3); i > 0; i--) name += pick(random, SYLLABLES);
  if (chance(random, 0.03)) name = name.replace(/[eoua]/, pick(random, ACCENTED));
  return `${name[0]?.toUpperCase()}${name.slice(1)}-${index.toString(36).toUpperCase()}`;
}

function title(random: Random, index: number): string {
  const name = modelName(random, index);
  const head = chance(random, 0.05)
    ? `$\\textit{${name}}$`
    : chance(random, 0.05)
      ? `$${pick(random, ['I', 'X', 'M'])}^{${between(random, 2, 4)}}$-${name}`
      : name;
  return `${head}: ${pick(random, TITLE_TEMPLATES)(pick(random, TOPICS), pick(random, TOPICS))}`;
}

function url(random: Random, name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const owner = pick(random, ['openlab', 'nlp-group', 'vision-team', 'acme-research']);
  const target = pick(random, [
    `https://github.com/${owner}/${slug}`,
    `https://huggingface.co/${owner}/${slug}`,
    `https://${slug}.github.io/`,
  ]);
  return chance(random, 0.3) ? `${target.replace('://', ': //')} .` : `${target}.`;
}

function abstract(random: Random, name: string): string {
  const target = between(random, 1000, 1900);
  const [t, u] = [pick(random, TOPICS), pick(random, TOPICS)];
  const withUrl = chance(random, 0.35);
  const closing = withUrl ? `Code and models are available at ${url(random, name)}` : '';
  let text = '';
  for (;;) {
    const sentence = `${pick(random, SENTENCES)(t, u)} `;
    if (text.length + sentence.length + closing.length > target && text.length + closing.length >= 1000)
      break;
    text += sentence;
  }
  return `${text}${closing}`.trim();
}

/** The paper with this index in the corpus of this seed. */
export function generatePaper(seed: number, index: number, publishedBefore: string): GeneratedPaper {
  const random = prng(mix(seed, index));
  const paperTitle = title(random, index);
  const meta: GeneratedPaper['meta'] = chance(random, 0.06)
    ? { kind: 'none' }
    : chance(random, 0.13)
      ? { kind: 'organization', name: pick(random, ORGANIZATIONS) }
      : {
          kind: 'authors',
          count: chance(random, 0.05) ? 1 : between(random, 2, chance(random, 0.1) ? 50 : 12),
        };
  const published = new Date(Date.parse(`${publishedBefore}T00:00:00Z`) - between(random, 0, 1100) * DAY_MS);
  return {
    title: paperTitle,
    abstract: abstract(random, paperTitle.split(':')[0] ?? paperTitle),
    meta,
    publishedOn: published.toISOString().slice(0, 10),
  };
}

/** The date line as the page of `dumpDate` shows it; the year only when needed or by chance. */
function dateLine(paper: GeneratedPaper, dumpDate: string, random: Random): string {
  const [y, m, d] = paper.publishedOn.split('-').map(Number) as [number, number, number];
  const age = (Date.parse(`${dumpDate}T00:00:00Z`) - Date.parse(`${paper.publishedOn}T00:00:00Z`)) / DAY_MS;
  const withYear = age >= 360 || chance(random, 0.2);
  const comments = chance(random, 0.45) ? 0 : Math.floor(random() ** 3 * 200) + 1;
  return `${MONTHS[m - 1]} ${d}${withYear ? `, ${y}` : ''}${comments > 0 ? ` ${comments}` : ''}`;
}

function metadata(paper: GeneratedPaper, dumpDate: string, random: Random): string {
  const { meta } = paper;
  if (meta.kind === 'none') return '';
  const who = meta.kind === 'authors' ? `  • ${meta.count} authors` : `${meta.name} ${meta.name}`;
  return `\n\n${who}\n·\n${dateLine(paper, dumpDate, random)}`;
}

/** The text of one dump, as a person would paste it (no final newline, like the seed). */
export function generateDump(options: GenerateOptions): string {
  const { date, seed, count = 0, startIndex = 0, publishedBefore = date, chrome = true } = options;
  const indices = options.indices ?? Array.from({ length: count }, (_, i) => startIndex + i);
  const dayNumber = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  const parts: string[] = [];
  if (chrome) {
    const [, m, d] = date.split('-').map(Number) as [number, number, number];
    parts.push(
      'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n' +
        `byAK and the research community\n\n${MONTHS[m - 1]} ${d}`,
    );
  }
  for (const index of indices) {
    const paper = generatePaper(seed, index, publishedBefore);
    const random = prng(mix(seed, index, dayNumber));
    parts.push(`${paper.title}\n\n${paper.abstract}${metadata(paper, date, random)}`);
  }
  return parts.join('\n\n');
}
