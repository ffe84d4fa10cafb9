/**
 * The article's own voice, named after the publication. The page's metadata gives a site name, but not
 * always a good one: a social handle ("@newsdesk"), a fragment of the host ("examplenews"), a platform word
 * ("Hosted"), or the name with a tagline ("Harbour Gazette | Local news since 1890"). Only a name a reader
 * would recognise as the publication's is kept; otherwise the voice stays unnamed rather than misnamed.
 */
import type { DocumentInfo, Source } from '../types';
import { publicationName } from '../text/publication';

/** The source of a claim the article attributes to nobody: the publication itself. */
export function articleVoice(info: Partial<DocumentInfo>): Source {
  return { kind: 'article', name: publicationName(info), text: null, start: null, end: null, cue: null, via: null };
}
