/** The text layer: one tokenizer, one sentence splitter, one table of abbreviations and titles. */
export { COURTESY_TITLES, dotEndsAbbreviation, isAbbreviation, TITLE_WORDS, TITLES, type Title, type TitleKind, titleAt, titleAtEnd } from './abbreviations';
export { sentencesOf, sentencesWithin, splitSentences } from './sentences';
export { breaksBetween, isCapitalised, startsSentence, tokenize, type Word, withoutPossessive } from './tokens';
