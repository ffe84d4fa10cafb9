/** The pipeline's sentence splitter: the one in text/, shared with everything that reads sentences. */
export { splitSentences, sentencesWithin } from './text/sentences';
