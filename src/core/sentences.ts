/** The pipeline's sentence splitter: the one in text/, shared with everything that reads sentences. */
export { sentencesOf, sentencesWithin, splitSentences } from './text/sentences';
