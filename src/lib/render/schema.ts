/**
 * What rendered titles and abstracts may contain, enforced by rehype-sanitize as the pipeline's last step:
 * paragraphs, links to http(s) only, and KaTeX's output (HTML spans with its classes and inline sizes, MathML,
 * and the few SVG shapes it draws). Nothing from the input can become an element: this is defence in depth.
 */
import type { Options as Schema } from 'rehype-sanitize';

/** MathML presentation elements KaTeX emits. */
const MATHML = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mstyle',
  'merror',
  'mpadded',
  'mphantom',
  'menclose',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mlabeledtr',
];

/** A CSS length or number (`-0.25em`, `1.2`, `0`). */
const LENGTH = String.raw`-?(?:\d+\.?\d*|\.\d+)(?:em|ex|pt|px|%)?`;
/** A colour KaTeX accepts with `trust: false` (`#cc0000`, `red`). */
const COLOR = String.raw`#[\da-fA-F]{3,8}|[a-zA-Z]+`;
/** Properties KaTeX writes in `style`, each with the values it uses. */
const STYLE_DECLARATION = [
  String.raw`(?:height|width|min-width|top|bottom|left|right|vertical-align|margin-(?:left|right|top|bottom)|padding-(?:left|right)|border-(?:(?:top|right|bottom|left)-)?width)\s*:\s*(?:${LENGTH})`,
  String.raw`(?:color|background-color|border-color)\s*:\s*(?:${COLOR})`,
  String.raw`border-style\s*:\s*(?:solid|dashed|dotted|none)`,
  String.raw`position\s*:\s*(?:relative|absolute)`,
].join('|');
/** A whole `style` attribute made only of such declarations: no `url(`, no `expression(`, no `position: fixed`. */
export const KATEX_STYLE = new RegExp(`^\\s*(?:(?:${STYLE_DECLARATION})\\s*(?:;\\s*|$))*$`);
/** Attribute values of MathML and SVG: words, numbers, lengths, path data; no colon, quote or bracket. */
const PLAIN_VALUE = /^[\w\s.,#%+-]*$/;

const mathAttributes = [
  'display',
  'displaystyle',
  'scriptlevel',
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'linethickness',
  'accent',
  'accentunder',
  'stretchy',
  'fence',
  'separator',
  'symmetric',
  'largeop',
  'movablelimits',
  'minsize',
  'maxsize',
  'lspace',
  'rspace',
  'width',
  'height',
  'depth',
  'voffset',
  'notation',
  'rowspacing',
  'columnspacing',
  'columnalign',
  'columnlines',
  'rowlines',
  'frame',
  'framespacing',
  'equalrows',
  'equalcolumns',
  'side',
].map((name) => [name, PLAIN_VALUE] as [string, RegExp]);

export const RENDER_SCHEMA: Schema = {
  tagNames: ['p', 'a', 'span', ...MATHML, 'svg', 'path', 'line'],
  attributes: {
    a: [
      ['href', /^https?:\/\//i],
      ['rel', 'noopener', 'nofollow', 'ugc'],
    ],
    span: ['className', ['style', KATEX_STYLE], ['ariaHidden', 'true', true]],
    math: [['xmlns', 'http://www.w3.org/1998/Math/MathML'], ...mathAttributes],
    annotation: [['encoding', 'application/x-tex']],
    ...Object.fromEntries(
      MATHML.filter((tag) => tag !== 'math' && tag !== 'annotation').map((tag) => [tag, mathAttributes]),
    ),
    svg: [
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['width', PLAIN_VALUE],
      ['height', PLAIN_VALUE],
      ['viewBox', PLAIN_VALUE],
      ['preserveAspectRatio', PLAIN_VALUE],
      ['style', KATEX_STYLE],
    ],
    path: [['d', PLAIN_VALUE]],
    line: ['x1', 'y1', 'x2', 'y2', 'strokeWidth'].map((name) => [name, PLAIN_VALUE] as [string, RegExp]),
  },
  protocols: { href: ['http', 'https'] },
  required: {},
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
