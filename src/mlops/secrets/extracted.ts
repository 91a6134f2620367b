/** A string pulled out of a binary container, with the byte offset where it starts in that container. */
export interface ExtractedString {
  offset: number;
  text: string;
}
