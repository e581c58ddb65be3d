/**
 * Words that say nothing about what a paper is about: English function words and the boilerplate of
 * abstracts. Inverse document frequency already discounts common words; dropping these keeps the index small.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along also although always am among an and another any
  are around as at be because been before being below between both but by can cannot could did do does doing done
  down during each either else enough especially etc even ever every few for from further had has have having he
  her here hers how however i if in into is it its itself just least less like many may me might more most much
  must my neither no nor not now of off often on once one only onto or other others otherwise our ours out over
  own per rather same several she should since so some such than that the their theirs them themselves then there
  therefore these they this those though through thus to too toward towards under until up upon us very via was we
  well were what whatever when where whether which while who whom whose why will with within without would yet you
  your
  able achieve achieved achieves achieving approach approaches based demonstrate demonstrated demonstrates existing
  furthermore introduce introduced introduces key moreover novel paper present presented presents propose proposed
  proposes result results show showed shown shows significant significantly specifically state art study use used
  uses using work works`
    .split(/\s+/u)
    .filter(Boolean),
);
